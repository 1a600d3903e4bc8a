package com.acme.factory.auth;

import java.util.Map;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.springframework.web.client.RestTemplate;

public class PlcCredentialClient {

    // The in-house broker's own auth service, unrelated to Alibaba Cloud.
    private static final String TOKEN_URL = "https://mqauth.acme-internal.net/token/apply";

    private final RestTemplate restTemplate;

    public PlcCredentialClient(RestTemplate restTemplate) {
        this.restTemplate = restTemplate;
    }

    public MqttConnectOptions optionsFor(String plcId) {
        Map<?, ?> reply = restTemplate.postForObject(TOKEN_URL,
                Map.of("deviceId", plcId, "scope", "publish"), Map.class);
        MqttConnectOptions options = new MqttConnectOptions();
        options.setUserName(plcId);
        options.setPassword(String.valueOf(reply.get("jwt")).toCharArray());
        return options;
    }
}
