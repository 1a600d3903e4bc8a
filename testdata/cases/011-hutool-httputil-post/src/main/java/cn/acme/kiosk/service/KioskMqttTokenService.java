package cn.acme.kiosk.service;

import cn.hutool.http.HttpUtil;
import cn.hutool.json.JSONObject;
import cn.hutool.json.JSONUtil;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;

@Service
public class KioskMqttTokenService {

    private final LegacyTokenSigner signer;

    public KioskMqttTokenService(LegacyTokenSigner signer) {
        this.signer = signer;
    }

    public String apply(String kioskId) {
        Map<String, Object> paramMap = new HashMap<>();
        paramMap.put("actions", "R,W");
        paramMap.put("resources", "kiosk/" + kioskId);
        paramMap.put("expireTime", System.currentTimeMillis() + 7 * 24 * 3600 * 1000L);
        paramMap.put("instanceId", "mqtt-test-instance");
        paramMap.put("serviceName", "mq");
        signer.sign(paramMap);
        paramMap.put("proxyType", "MQTT");
        String body = HttpUtil.post("https://mqauth.aliyuncs.com/token/apply", paramMap);
        JSONObject reply = JSONUtil.parseObj(body);
        return reply.getStr("tokenData");
    }

    public void revoke(String token) {
        Map<String, Object> paramMap = new HashMap<>();
        paramMap.put("token", token);
        signer.sign(paramMap);
        HttpUtil.post("https://mqauth.aliyuncs.com/token/revoke", paramMap);
    }
}
