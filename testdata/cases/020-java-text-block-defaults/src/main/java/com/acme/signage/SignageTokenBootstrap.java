package com.acme.signage;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Properties;

public class SignageTokenBootstrap {

    private static final String DEFAULTS = """
            mqtt.broker=tcp://mqtt-test-instance.mqtt.aliyuncs.com:1883
            mqtt.token-server=https://mqauth.aliyuncs.com
            mqtt.instance-id=mqtt-test-instance
            """;

    private final Properties settings = new Properties();
    private final HttpClient http = HttpClient.newHttpClient();

    public SignageTokenBootstrap() throws IOException {
        settings.load(new StringReader(DEFAULTS));
    }

    public String fetchToken(String signedForm) throws IOException, InterruptedException {
        URI uri = URI.create(settings.getProperty("mqtt.token-server") + "/token/apply");
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(signedForm + "&proxyType=MQTT"))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
