package com.acme.meter.mqtt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

public class MeterTokenFetcher {

    private static final String TOKEN_SERVER = "https://mqauth.aliyuncs.com";

    private final OkHttpClient http = new OkHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final Hmac hmac;

    public MeterTokenFetcher(Hmac hmac) {
        this.hmac = hmac;
    }

    public String fetch(String meterId, long expireTime) throws IOException {
        String resources = "meters/" + meterId;
        String toSign = "actions=W&expireTime=" + expireTime + "&instanceId=mqtt-test-instance"
                + "&resources=" + resources + "&serviceName=mq";
        FormBody body = new FormBody.Builder()
                .add("actions", "W")
                .add("resources", resources)
                .add("expireTime", String.valueOf(expireTime))
                .add("instanceId", "mqtt-test-instance")
                .add("serviceName", "mq")
                .add("proxyType", "MQTT")
                .add("accessKey", hmac.accessKeyId())
                .add("signature", hmac.sign(toSign))
                .build();
        Request request = new Request.Builder().url(TOKEN_SERVER + "/token/apply").post(body).build();
        try (Response response = http.newCall(request).execute()) {
            JsonNode reply = json.readTree(response.body().string());
            return reply.path("tokenData").asText(null);
        }
    }
}
