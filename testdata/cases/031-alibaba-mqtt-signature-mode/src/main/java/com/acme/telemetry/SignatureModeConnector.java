package com.acme.telemetry;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;

public class SignatureModeConnector {

    private static final String BROKER = "tcp://mqtt-test-instance.mqtt.aliyuncs.com:1883";
    private static final String INSTANCE_ID = "mqtt-test-instance";

    public MqttClient connect(String clientId, String accessKey, String secretKey) throws Exception {
        MqttConnectOptions options = new MqttConnectOptions();
        options.setUserName("Signature|" + accessKey + "|" + INSTANCE_ID);
        options.setPassword(hmacSha1(clientId, secretKey).toCharArray());
        options.setCleanSession(true);
        MqttClient client = new MqttClient(BROKER, clientId);
        client.connect(options);
        return client;
    }

    private static String hmacSha1(String text, String key) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        return Base64.getEncoder().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }
}
