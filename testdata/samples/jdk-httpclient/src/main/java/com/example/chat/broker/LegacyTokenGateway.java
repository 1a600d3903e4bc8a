package com.example.chat.broker;

import org.json.JSONObject;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Applies for chat-room MQTT tokens and checks whether a token is still valid. */
public class LegacyTokenGateway {
    static final String MQ_AUTH_HOST = "https://mqauth.aliyuncs.com";

    private final HttpClient httpClient = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String accessKeyId;
    private final String accessKeySecret;
    private final String instanceId;

    public LegacyTokenGateway(String accessKeyId, String accessKeySecret, String instanceId) {
        this.accessKeyId = accessKeyId;
        this.accessKeySecret = accessKeySecret;
        this.instanceId = instanceId;
    }

    /** Applies for a read-write token on one chat room's topic, valid until {@code expireAtMillis}. */
    public String applyRoomToken(String roomTopic, long expireAtMillis) throws IOException, InterruptedException {
        SortedMap<String, String> signed = new TreeMap<>();
        signed.put("actions", "R,W");
        signed.put("expireTime", Long.toString(expireAtMillis));
        signed.put("instanceId", instanceId);
        signed.put("resources", roomTopic);
        signed.put("serviceName", "mq");

        Map<String, String> form = new LinkedHashMap<>(signed);
        form.put("proxyType", "MQTT");
        form.put("accessKey", accessKeyId);
        form.put("signature", signature(signed));

        JSONObject reply = post(MQ_AUTH_HOST + "/token/apply", form);
        if (!reply.optBoolean("success")) {
            throw new IOException("token apply failed with code " + reply.optInt("code") + ": " + reply.optString("message"));
        }
        return reply.getString("tokenData");
    }

    /** Returns true when the token server reports the token as valid. */
    public boolean isTokenValid(String token) throws IOException, InterruptedException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", token);
        form.put("accessKey", accessKeyId);
        form.put("signature", signature(new TreeMap<>(Map.of("token", token))));

        JSONObject reply = post(MQ_AUTH_HOST + "/token/query", form);
        return reply.optBoolean("success") && reply.optInt("code") == 200;
    }

    private JSONObject post(String url, Map<String, String> form) throws IOException, InterruptedException {
        StringBuilder body = new StringBuilder();
        for (Map.Entry<String, String> field : form.entrySet()) {
            if (body.length() > 0) {
                body.append('&');
            }
            body.append(URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8));
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();

        HttpResponse<String> response = httpClient.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("token server returned HTTP " + response.statusCode() + " for " + url);
        }
        return new JSONObject(response.body());
    }

    private String signature(SortedMap<String, String> signed) throws IOException {
        StringBuilder text = new StringBuilder();
        signed.forEach((key, value) -> {
            if (text.length() > 0) {
                text.append('&');
            }
            text.append(key).append('=').append(value);
        });
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(accessKeySecret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IOException("HmacSHA1 signing failed", e);
        }
    }
}
