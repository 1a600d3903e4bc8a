package com.acme.home.mqtt;

import java.util.HashMap;
import java.util.Map;

public class HubTokenClient implements MqttConstants {

    private final FormPoster poster;
    private final RequestSigner signer;

    public HubTokenClient(FormPoster poster, RequestSigner signer) {
        this.poster = poster;
        this.signer = signer;
    }

    public String applyForHub(String hubId, long expireAt) throws Exception {
        Map<String, String> form = new HashMap<>();
        form.put("actions", "R,W");
        form.put("resources", PARENT_TOPIC + "/" + hubId);
        form.put("expireTime", Long.toString(expireAt));
        form.put("serviceName", "mq");
        form.put("instanceId", INSTANCE_ID);
        signer.sign(form);
        form.put("proxyType", "MQTT");
        return poster.post(TOKEN_SERVER + APPLY_TOKEN_PATH, form).getString("tokenData");
    }

    public void revoke(String token) throws Exception {
        Map<String, String> form = new HashMap<>();
        form.put("token", token);
        signer.sign(form);
        poster.post(TOKEN_SERVER + REVOKE_TOKEN_PATH, form);
    }
}
