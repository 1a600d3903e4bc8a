package sample;

import com.example.iot.token.DashboardConnector;
import com.example.iot.token.DeviceTokenService;

import java.util.List;

/** Drives the legacy token code once with fake credentials: a dashboard password, then a device token applied and revoked. */
public class SampleRun {
    public static String run() throws Exception {
        DashboardConnector dashboard = new DashboardConnector("test-access-key-id", "test-access-key-secret",
                "mqtt-test-instance");
        String password = dashboard.readOnlyPassword("fleet/status", "dashboard-1");
        if (!password.startsWith("R|") || password.length() <= 2) {
            throw new IllegalStateException("unexpected dashboard password " + password);
        }

        DeviceTokenService devices = new DeviceTokenService("test-access-key-id", "test-access-key-secret",
                "mqtt-test-instance");
        String token = devices.issueDeviceToken(List.of("fleet/device-7/up", "fleet/device-7/down"));
        devices.retireDeviceToken(token);
        return token;
    }
}
