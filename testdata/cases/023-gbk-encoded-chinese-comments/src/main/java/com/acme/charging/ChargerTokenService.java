package com.acme.charging;

import java.util.HashMap;
import java.util.Map;

/**
 * 充电桩 MQTT 令牌服务。
 * 向令牌服务器申请设备的读写令牌。
 */
public class ChargerTokenService {

    // 令牌服务器地址（杭州、上海、北京区域共用）
    private static final String TOKEN_SERVER = "https://mqauth.aliyuncs.com";

    private final FormPoster poster;
    private final TokenSigner signer;

    public ChargerTokenService(FormPoster poster, TokenSigner signer) {
        this.poster = poster;
        this.signer = signer;
    }

    /** 申请令牌，有效期单位为毫秒。 */
    public String apply(String pileId, long validMillis) throws Exception {
        Map<String, String> form = new HashMap<>();
        form.put("actions", "R,W");
        form.put("resources", "charging/piles/" + pileId);
        form.put("expireTime", String.valueOf(System.currentTimeMillis() + validMillis));
        form.put("instanceId", "mqtt-test-instance");
        form.put("serviceName", "mq");
        // 签名必须在加入 proxyType 之前计算
        form.put("signature", signer.sign(form));
        form.put("proxyType", "MQTT");
        return poster.post(TOKEN_SERVER + "/token/apply", form).get("tokenData");
    }
}
