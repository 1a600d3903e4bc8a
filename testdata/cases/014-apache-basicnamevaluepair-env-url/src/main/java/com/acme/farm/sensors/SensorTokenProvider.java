package com.acme.farm.sensors;

import java.util.List;
import org.apache.http.client.entity.UrlEncodedFormEntity;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpPost;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.message.BasicNameValuePair;
import org.apache.http.util.EntityUtils;
import org.json.JSONObject;

public class SensorTokenProvider {

    private final String tokenServer = System.getenv("MQTT_TOKEN_SERVER");
    private final CloseableHttpClient http = HttpClients.createDefault();

    public String provide(String field, long expireTime, String signature, String accessKey)
            throws Exception {
        HttpPost post = new HttpPost(tokenServer + "/token/apply");
        post.setEntity(new UrlEncodedFormEntity(List.of(
                new BasicNameValuePair("actions", "W"),
                new BasicNameValuePair("resources", "farm/" + field + "/soil"),
                new BasicNameValuePair("expireTime", Long.toString(expireTime)),
                new BasicNameValuePair("instanceId", "mqtt-test-instance"),
                new BasicNameValuePair("serviceName", "mq"),
                new BasicNameValuePair("proxyType", "MQTT"),
                new BasicNameValuePair("accessKey", accessKey),
                new BasicNameValuePair("signature", signature))));
        try (CloseableHttpResponse response = http.execute(post)) {
            JSONObject reply = new JSONObject(EntityUtils.toString(response.getEntity()));
            return reply.optString("tokenData", null);
        }
    }
}
