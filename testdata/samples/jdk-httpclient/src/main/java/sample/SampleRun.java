package sample;

import com.example.chat.broker.LegacyTokenGateway;

/** Drives the legacy token code once with fake credentials: applies for a room token, then checks it. */
public class SampleRun {
    public static String run() throws Exception {
        LegacyTokenGateway gateway = new LegacyTokenGateway("test-access-key-id", "test-access-key-secret", "mqtt-test-instance");
        long expireAt = System.currentTimeMillis() + 15 * 60 * 1000L;
        String token = gateway.applyRoomToken("rooms/lobby", expireAt);
        if (!gateway.isTokenValid(token)) {
            throw new IllegalStateException("token just applied for is reported invalid");
        }
        return token;
    }
}
