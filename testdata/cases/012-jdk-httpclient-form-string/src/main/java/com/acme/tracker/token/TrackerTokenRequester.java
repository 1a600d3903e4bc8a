package com.acme.tracker.token;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

public class TrackerTokenRequester {

    private final HttpClient client = HttpClient.newHttpClient();
    private final String tokenServer;
    private final String accessKeyId;
    private final Signer signer;

    public TrackerTokenRequester(String tokenServer, String accessKeyId, Signer signer) {
        this.tokenServer = tokenServer;
        this.accessKeyId = accessKeyId;
        this.signer = signer;
    }

    public String request(String topic, long expireTime) throws IOException, InterruptedException {
        String signed = "actions=R&expireTime=" + expireTime + "&instanceId=mqtt-test-instance"
                + "&resources=" + topic + "&serviceName=mq";
        String form = signed
                + "&proxyType=MQTT"
                + "&accessKey=" + accessKeyId
                + "&signature=" + URLEncoder.encode(signer.hmacSha1(signed), StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(tokenServer + "/token/apply"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
