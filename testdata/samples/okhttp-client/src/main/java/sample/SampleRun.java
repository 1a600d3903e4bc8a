package sample;

import com.example.telemetry.mqtt.MqttTokenClient;

import java.time.Duration;
import java.util.List;

/** Drives the legacy token code once with fake credentials: applies for a write token, then revokes it. */
public class SampleRun {
    public static String run() throws Exception {
        MqttTokenClient client = new MqttTokenClient("test-access-key-id", "test-access-key-secret", "mqtt-test-instance");
        String token = client.applyToken(List.of("telemetry/up", "telemetry/alarms"), "W", Duration.ofMinutes(30));
        if (!client.revokeToken(token)) {
            throw new IllegalStateException("revoke of the token just applied for failed");
        }
        return token;
    }
}
