package com.example.telemetry.mqtt;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/** Client of the MQTT token server for the telemetry gateway. */
public class MqttTokenClient {
    private static final String TOKEN_SERVER = "https://mqauth.aliyuncs.com";
    private static final String APPLY_PATH = "/token/apply";
    private static final String REVOKE_PATH = "/token/revoke";

    private final OkHttpClient http = new OkHttpClient.Builder()
            .connectTimeout(5, TimeUnit.SECONDS)
            .readTimeout(10, TimeUnit.SECONDS)
            .build();
    private final String accessKeyId;
    private final String accessKeySecret;
    private final String instanceId;

    public MqttTokenClient(String accessKeyId, String accessKeySecret, String instanceId) {
        this.accessKeyId = accessKeyId;
        this.accessKeySecret = accessKeySecret;
        this.instanceId = instanceId;
    }

    /** Applies for a token on the topics. {@code actions} is R, W or R,W. */
    public String applyToken(List<String> topics, String actions, Duration validity) throws IOException {
        Map<String, String> signed = new TreeMap<>();
        signed.put("actions", actions);
        signed.put("resources", String.join(",", topics.stream().sorted().toList()));
        signed.put("expireTime", String.valueOf(System.currentTimeMillis() + validity.toMillis()));
        signed.put("serviceName", "mq");
        signed.put("instanceId", instanceId);

        FormBody.Builder form = new FormBody.Builder();
        signed.forEach(form::add);
        form.add("proxyType", "MQTT");
        form.add("accessKey", accessKeyId);
        form.add("signature", sign(signed));

        Request request = new Request.Builder().url(TOKEN_SERVER + APPLY_PATH).post(form.build()).build();
        JsonObject reply = send(request);
        if (!reply.get("success").getAsBoolean()) {
            throw new IOException("token apply failed: " + reply.get("message").getAsString());
        }
        return reply.get("tokenData").getAsString();
    }

    public boolean revokeToken(String token) throws IOException {
        Map<String, String> signed = new TreeMap<>();
        signed.put("token", token);
        FormBody body = new FormBody.Builder()
                .add("token", token)
                .add("accessKey", accessKeyId)
                .add("signature", sign(signed))
                .build();

        Request request = new Request.Builder().url(TOKEN_SERVER + REVOKE_PATH).post(body).build();
        return send(request).get("success").getAsBoolean();
    }

    private JsonObject send(Request request) throws IOException {
        try (Response response = http.newCall(request).execute()) {
            ResponseBody body = response.body();
            if (!response.isSuccessful() || body == null) {
                throw new IOException("token server returned HTTP " + response.code());
            }
            return JsonParser.parseString(body.string()).getAsJsonObject();
        }
    }

    private String sign(Map<String, String> sortedFields) throws IOException {
        StringBuilder text = new StringBuilder();
        sortedFields.forEach((key, value) -> text.append(text.length() == 0 ? "" : "&").append(key).append('=').append(value));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(accessKeySecret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot sign token request", e);
        }
    }
}
