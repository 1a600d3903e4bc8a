package com.example.iot.token;

import com.alibaba.fastjson.JSONObject;

import java.io.IOException;
import java.security.InvalidKeyException;
import java.security.KeyManagementException;
import java.security.KeyStoreException;
import java.security.NoSuchAlgorithmException;
import java.security.UnrecoverableKeyException;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Applies for and revokes MQTT tokens at the token server. */
public class TokenApi {
    private static final String applyTokenUrl = "/token/apply";
    private static final String revokeTokenUrl = "/token/revoke";

    /**
     * Applies for a token on the topics.
     *
     * @param apiUrl token server base URL with scheme, for example https://host
     * @param expireTimeDuration validity in milliseconds from now
     * @return the token, or null when the server did not reply with HTTP 200
     */
    public static String applyToken(String apiUrl, String accessKey, String secretKey, List<String> topics,
            String action, long expireTimeDuration, String instanceId)
            throws InvalidKeyException, NoSuchAlgorithmException, IOException, KeyStoreException,
            UnrecoverableKeyException, KeyManagementException {
        Map<String, String> paramMap = new HashMap<>();
        Collections.sort(topics);
        paramMap.put("resources", String.join(",", topics));
        paramMap.put("actions", action);
        paramMap.put("serviceName", "mq");
        paramMap.put("expireTime", String.valueOf(System.currentTimeMillis() + expireTimeDuration));
        paramMap.put("instanceId", instanceId);

        String signature = Tools.doHttpSignature(paramMap, secretKey);
        paramMap.put("proxyType", "MQTT");
        paramMap.put("accessKey", accessKey);
        paramMap.put("signature", signature);

        JSONObject result = Tools.httpsPost(apiUrl + applyTokenUrl, paramMap);
        if (result == null) {
            return null;
        }
        return result.getString("tokenData");
    }

    /** Revokes a token. The reply is not checked. */
    public static void revokeToken(String apiUrl, String accessKey, String secretKey, String token)
            throws InvalidKeyException, NoSuchAlgorithmException, IOException, KeyStoreException,
            UnrecoverableKeyException, KeyManagementException {
        Map<String, String> paramMap = new HashMap<>();
        paramMap.put("token", token);
        String signature = Tools.doHttpSignature(paramMap, secretKey);
        paramMap.put("accessKey", accessKey);
        paramMap.put("signature", signature);
        Tools.httpsPost(apiUrl + revokeTokenUrl, paramMap);
    }
}
