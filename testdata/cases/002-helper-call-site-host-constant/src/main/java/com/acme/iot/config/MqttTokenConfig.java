package com.acme.iot.config;

import com.acme.iot.util.Tools;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Configuration;

@Configuration
public class MqttTokenConfig {

    private static final String tokenServerUrl = "https://mqauth.aliyuncs.com";
    private static final String accessKey = "test-access-key-id";
    private static final String secretKey = "test-access-key-secret";
    private static final String instanceId = "mqtt-test-instance";

    public String issueDeviceToken(String deviceGroup) throws Exception {
        List<String> resources = new ArrayList<>();
        resources.add("telemetry/" + deviceGroup);
        resources.add("commands/" + deviceGroup);
        return Tools.applyToken(tokenServerUrl, accessKey, secretKey, resources, "R,W",
                2592000000L, instanceId);
    }

    public void withdrawDeviceToken(String token) throws Exception {
        Tools.revokeToken(tokenServerUrl, accessKey, secretKey, token);
    }
}
