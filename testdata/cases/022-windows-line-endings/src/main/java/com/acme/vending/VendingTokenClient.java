package com.acme.vending;

import java.util.HashMap;
import java.util.Map;

public class VendingTokenClient {

    private static final String TOKEN_SERVER = "https://mqauth.aliyuncs.com";

    private final FormPoster poster;
    private final TokenSigner signer;

    public VendingTokenClient(FormPoster poster, TokenSigner signer) {
        this.poster = poster;
        this.signer = signer;
    }

    public String apply(String machineId, long expireTime) throws Exception {
        Map<String, String> form = new HashMap<>();
        form.put("actions", "R,W");
        form.put("resources", "vending/" + machineId);
        form.put("expireTime", String.valueOf(expireTime));
        form.put("instanceId", "mqtt-test-instance");
        form.put("serviceName", "mq");
        form.put("signature", signer.sign(form));
        form.put("proxyType", "MQTT");
        return poster.post(TOKEN_SERVER + "/token/apply", form).get("tokenData");
    }
}
