package com.acme.kiosk.client;

import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttMessage;

public class TokenModeMqttClient {

    private static final String BROKER = "ssl://mqtt-test-instance.mqtt.aliyuncs.com:8883";

    private final MqttClient client;

    public TokenModeMqttClient(String clientId, String accessKeyId, String readToken, String writeToken)
            throws Exception {
        MqttConnectOptions options = new MqttConnectOptions();
        options.setUserName("Token|" + accessKeyId + "|mqtt-test-instance");
        options.setPassword(("R|" + readToken + "|W|" + writeToken).toCharArray());
        client = new MqttClient(BROKER, clientId);
        client.connect(options);
    }

    public void refreshToken(String token) throws Exception {
        String payload = "{\"token\":\"" + token + "\",\"type\":\"RW\"}";
        client.publish("$SYS/uploadToken", new MqttMessage(payload.getBytes()));
    }
}
