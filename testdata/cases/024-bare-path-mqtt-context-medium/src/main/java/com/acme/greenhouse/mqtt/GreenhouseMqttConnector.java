package com.acme.greenhouse.mqtt;

import java.util.Map;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;

public class GreenhouseMqttConnector {

    private final FormPoster poster;
    private final String authBase;
    private final String accessKeyId;
    private final String instanceId;

    public GreenhouseMqttConnector(FormPoster poster, String authBase, String accessKeyId, String instanceId) {
        this.poster = poster;
        this.authBase = authBase;
        this.accessKeyId = accessKeyId;
        this.instanceId = instanceId;
    }

    public MqttClient connect(String brokerUrl, String clientId, String topic) throws Exception {
        Map<String, String> reply = poster.post(authBase + "/token/apply",
                Map.of("resources", topic, "actions", "R,W"));
        String token = reply.get("tokenData");

        MqttConnectOptions options = new MqttConnectOptions();
        options.setUserName("Token|" + accessKeyId + "|" + instanceId);
        options.setPassword(("RW|" + token).toCharArray());
        MqttClient client = new MqttClient(brokerUrl, clientId);
        client.connect(options);
        return client;
    }
}
