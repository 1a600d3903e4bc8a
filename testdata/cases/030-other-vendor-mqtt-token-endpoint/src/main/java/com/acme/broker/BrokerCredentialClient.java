package com.acme.broker;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;

public class BrokerCredentialClient {

    private static final String TOKEN_URL = "https://auth.example-broker.io/token/apply";

    private final HttpClient http = HttpClient.newHttpClient();

    public MqttConnectOptions optionsFor(String clientId, String apiKey) throws Exception {
        String json = "{\"clientId\":\"" + clientId + "\",\"ttlSeconds\":3600,\"scope\":\"publish\"}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(TOKEN_URL))
                .header("Authorization", "Bearer " + apiKey)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        String jwt = http.send(request, HttpResponse.BodyHandlers.ofString()).body();

        MqttConnectOptions options = new MqttConnectOptions();
        options.setUserName(clientId);
        options.setPassword(jwt.toCharArray());
        return options;
    }
}
