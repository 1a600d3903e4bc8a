package com.acme.iot.util;

import com.alibaba.fastjson.JSONObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

public final class Tools {

    private Tools() {
    }

    public static String applyToken(String apiUrl, String accessKey, String secretKey, List<String> topics,
            String action, long expireTime, String instanceId) throws Exception {
        Collections.sort(topics);
        Map<String, String> params = new HashMap<>();
        params.put("actions", action);
        params.put("resources", String.join(",", topics));
        params.put("serviceName", "mq");
        params.put("expireTime", String.valueOf(System.currentTimeMillis() + expireTime));
        params.put("instanceId", instanceId);
        String signature = doHttpSignature(params, secretKey);
        params.put("proxyType", "MQTT");
        params.put("accessKey", accessKey);
        params.put("signature", signature);
        JSONObject result = HttpsPoster.httpsPost(apiUrl + "/token/apply", params);
        return result == null ? null : result.getString("tokenData");
    }

    public static void revokeToken(String apiUrl, String accessKey, String secretKey, String token)
            throws Exception {
        Map<String, String> params = new HashMap<>();
        params.put("token", token);
        String signature = doHttpSignature(params, secretKey);
        params.put("accessKey", accessKey);
        params.put("signature", signature);
        HttpsPoster.httpsPost(apiUrl + "/token/revoke", params);
    }

    public static String doHttpSignature(Map<String, String> params, String secretKey) throws Exception {
        List<String> pairs = new ArrayList<>();
        for (Map.Entry<String, String> entry : params.entrySet()) {
            pairs.add(entry.getKey() + "=" + entry.getValue());
        }
        Collections.sort(pairs);
        return macSignature(String.join("&", pairs), secretKey);
    }

    public static String macSignature(String text, String secretKey) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        byte[] digest = mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(digest);
    }
}
