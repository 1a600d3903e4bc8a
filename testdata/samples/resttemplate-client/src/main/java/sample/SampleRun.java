package sample;

import com.example.fleet.auth.MqttTokenService;
import com.example.fleet.auth.TokenServerProperties;
import org.springframework.web.client.RestTemplate;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Drives the legacy token code once with fake credentials: applies for a read token until a fixed time, then revokes it. */
public class SampleRun {
    public static String run() throws Exception {
        TokenServerProperties properties = new TokenServerProperties();
        properties.setAccessKey("test-access-key-id");
        properties.setSecretKey("test-access-key-secret");
        properties.setInstanceId("mqtt-test-instance");

        MqttTokenService service = new MqttTokenService(new RestTemplate(), properties);
        Instant expiresAt = Instant.now().plus(2, ChronoUnit.HOURS);
        String token = service.applyToken(List.of("vehicles/42/commands"), "R", expiresAt);
        service.revokeToken(token);
        return token;
    }
}
