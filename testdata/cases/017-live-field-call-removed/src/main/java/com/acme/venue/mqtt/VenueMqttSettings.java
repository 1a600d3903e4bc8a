package com.acme.venue.mqtt;

import java.util.LinkedHashMap;
import java.util.Map;

public class VenueMqttSettings {

    private final String brokerUrl = "ssl://mqtt-test-instance.mqtt.aliyuncs.com:8883";
    private final String tokenServerUrl = "https://mqauth.aliyuncs.com";
    private final String instanceId = "mqtt-test-instance";
    private final int keepAliveSeconds = 60;

    public Map<String, Object> describe() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("broker", brokerUrl);
        settings.put("tokenServer", tokenServerUrl);
        settings.put("instance", instanceId);
        settings.put("keepAlive", keepAliveSeconds);
        return settings;
    }

    public String getTokenServerUrl() {
        return tokenServerUrl;
    }
}
