package com.example.iot.token;

import java.util.ArrayList;
import java.util.List;

/** Hands out MQTT tokens to devices of one instance and takes them back when a device is retired. */
public class DeviceTokenService {
    private static final String tokenServerUrl = "https://mqauth.aliyuncs.com";
    private static final long ONE_HOUR_MILLIS = 3600 * 1000L;

    private final String accessKey;
    private final String secretKey;
    private final String instanceId;

    public DeviceTokenService(String accessKey, String secretKey, String instanceId) {
        this.accessKey = accessKey;
        this.secretKey = secretKey;
        this.instanceId = instanceId;
    }

    /** Returns a read-write token for the device's topics, valid for one hour. */
    public String issueDeviceToken(List<String> topics) throws Exception {
        // TokenApi sorts the list in place, so it gets a mutable copy.
        List<String> mutableTopics = new ArrayList<>(topics);
        String token = TokenApi.applyToken(tokenServerUrl, accessKey, secretKey, mutableTopics, "R,W", ONE_HOUR_MILLIS,
                instanceId);
        if (token == null) {
            throw new IllegalStateException("token server returned no token for instance " + instanceId);
        }
        return token;
    }

    public void retireDeviceToken(String token) throws Exception {
        TokenApi.revokeToken(tokenServerUrl, accessKey, secretKey, token);
    }
}
