package com.example.iot.token;

import com.alibaba.fastjson.JSONObject;

import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;

/** Builds the MQTT credentials of the read-only operations dashboard. */
public class DashboardConnector {
    private static final Logger LOG = Logger.getLogger(DashboardConnector.class.getName());
    private static final String TOKEN_APPLY_URL = "https://mqauth.aliyuncs.com/token/apply";

    private final String accessKey;
    private final String secretKey;
    private final String instanceId;

    public DashboardConnector(String accessKey, String secretKey, String instanceId) {
        this.accessKey = accessKey;
        this.secretKey = secretKey;
        this.instanceId = instanceId;
    }

    /** Returns the MQTT password {@code R|<token>} for a read-only client on the topic, valid ten minutes. */
    public String readOnlyPassword(String topic, String clientId) throws Exception {
        Map<String, String> params = new HashMap<>();
        params.put("actions", "R");
        params.put("resources", topic);
        params.put("serviceName", "mq");
        params.put("instanceId", instanceId);
        params.put("expireTime", Long.toString(System.currentTimeMillis() + 10 * 60 * 1000L));
        String signature = Tools.doHttpSignature(params, secretKey);
        params.put("proxyType", "MQTT");
        params.put("accessKey", accessKey);
        params.put("signature", signature);

        JSONObject reply = Tools.httpsPost(TOKEN_APPLY_URL, params);
        String tokenData = reply.getString("tokenData");

        String password = "R|" + tokenData;
        String username = "Token|" + accessKey + "|" + instanceId;
        LOG.info("dashboard client " + clientId + " connects as " + username + " on " + topic);
        return password;
    }
}
