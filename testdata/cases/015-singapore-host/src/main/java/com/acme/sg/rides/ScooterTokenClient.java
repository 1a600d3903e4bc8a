package com.acme.sg.rides;

import java.util.Map;
import java.util.TreeMap;

public class ScooterTokenClient {

    private static final String TOKEN_ENDPOINT = "https://mqauth.ap-southeast-1.aliyuncs.com/token/apply";

    private final FormHttp http;
    private final Credentials credentials;

    public ScooterTokenClient(FormHttp http, Credentials credentials) {
        this.http = http;
        this.credentials = credentials;
    }

    public String unlockToken(String scooterId) throws Exception {
        Map<String, String> form = new TreeMap<>();
        form.put("actions", "R,W");
        form.put("resources", "scooters/" + scooterId);
        form.put("expireTime", String.valueOf(System.currentTimeMillis() + 15 * 60 * 1000));
        form.put("instanceId", "mqtt-test-instance");
        form.put("serviceName", "mq");
        String signature = credentials.sign(form);
        form.put("proxyType", "MQTT");
        form.put("accessKey", credentials.accessKeyId());
        form.put("signature", signature);
        return http.postForm(TOKEN_ENDPOINT, form).get("tokenData");
    }
}
