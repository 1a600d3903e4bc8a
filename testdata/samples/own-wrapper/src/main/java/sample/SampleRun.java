package sample;

import com.example.shop.push.PushTokenIssuer;
import com.example.shop.push.SessionCleanup;

/** Drives the legacy token code once with fake credentials: issues a shop's push token, then revokes it on logout. */
public class SampleRun {
    public static String run() throws Exception {
        PushTokenIssuer issuer = new PushTokenIssuer("test-access-key-id", "test-access-key-secret", "mqtt-test-instance");
        String token = issuer.issue("shop-1001", 6 * 60 * 60 * 1000L);
        new SessionCleanup("test-access-key-id", "test-access-key-secret").onLogout(token);
        return token;
    }
}
