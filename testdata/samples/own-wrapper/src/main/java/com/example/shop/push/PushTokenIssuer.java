package com.example.shop.push;

import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONObject;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/** Issues MQTT tokens that let a shop's app subscribe to its order push topic. */
public class PushTokenIssuer {
    public static final String AUTH_SERVER = "https://mqauth.aliyuncs.com";

    private final String accessKey;
    private final String secretKey;
    private final String instanceId;

    public PushTokenIssuer(String accessKey, String secretKey, String instanceId) {
        this.accessKey = accessKey;
        this.secretKey = secretKey;
        this.instanceId = instanceId;
    }

    /** Applies for a read token on {@code shops/<shopId>/orders}, valid for {@code ttlMillis}. */
    public String issue(String shopId, long ttlMillis) throws IOException {
        Map<String, String> params = new HashMap<>();
        params.put("actions", "R");
        params.put("resources", "shops/" + shopId + "/orders");
        params.put("expireTime", String.valueOf(System.currentTimeMillis() + ttlMillis));
        params.put("serviceName", "mq");
        params.put("instanceId", instanceId);
        params.put("signature", TokenSigner.sign(params, secretKey));
        params.put("accessKey", accessKey);
        params.put("proxyType", "MQTT");

        JSONObject reply = JSON.parseObject(HttpFormClient.doPostWithForm(AUTH_SERVER + "/token/apply", params));
        if (!reply.getBooleanValue("success")) {
            throw new IOException("token apply failed: " + reply.getString("message"));
        }
        return reply.getString("tokenData");
    }
}
