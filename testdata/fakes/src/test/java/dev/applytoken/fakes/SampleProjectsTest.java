package dev.applytoken.fakes;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs each sample legacy project against the fake legacy token server. The legacy code must get
 * the fake's token, and the fake must have recorded the parameters the sample sends. The fake
 * records only requests with a valid signature, so each recorded call also proves the signing.
 */
class SampleProjectsTest {
    private static final String ACCESS_KEY = "test-access-key-id";
    private static final String SECRET = "test-access-key-secret";
    private static final String INSTANCE = "mqtt-test-instance";
    private static final long MINUTE = 60_000L;

    @TempDir
    Path scratch;

    private FakeLegacyTokenServer server;
    private long startedAt;

    @BeforeEach
    void startServer() {
        server = new FakeLegacyTokenServer(SECRET);
        startedAt = System.currentTimeMillis();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void vendorDemo() throws Exception {
        String token = runSample("vendor-demo", 2);

        List<FakeLegacyTokenServer.ApplyCall> applies = server.applyCalls();
        assertThat(applies).hasSize(2);
        assertApply(applies.get(0), "R", "fleet/status", INSTANCE, 10 * MINUTE);
        assertApply(applies.get(1), "R,W", "fleet/device-7/down,fleet/device-7/up", INSTANCE, 60 * MINUTE);
        assertThat(token).isEqualTo(applies.get(1).token());
        assertThat(server.revokedTokens()).containsExactly(token);
        assertThat(server.requests()).allSatisfy(request -> {
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.header("Content-Type")).startsWith("application/x-www-form-urlencoded");
        });
    }

    @Test
    void okhttpClient() throws Exception {
        String token = runSample("okhttp-client", 1);

        assertThat(server.applyCalls()).hasSize(1);
        FakeLegacyTokenServer.ApplyCall apply = server.applyCalls().get(0);
        assertApply(apply, "W", "telemetry/alarms,telemetry/up", INSTANCE, 30 * MINUTE);
        assertThat(apply.proxyType()).isEqualTo("MQTT");
        assertThat(token).isEqualTo(apply.token());
        assertThat(server.revokedTokens()).containsExactly(token);
    }

    @Test
    void restTemplateClient() throws Exception {
        String token = runSample("resttemplate-client", 1);

        assertThat(server.applyCalls()).hasSize(1);
        FakeLegacyTokenServer.ApplyCall apply = server.applyCalls().get(0);
        assertApply(apply, "R", "vehicles/42/commands", INSTANCE, 120 * MINUTE);
        assertThat(token).isEqualTo(apply.token());
        assertThat(server.revokedTokens()).containsExactly(token);
        assertThat(server.requests()).extracting(RecordedRequest::path).containsExactly("/token/apply", "/token/revoke");
    }

    @Test
    void jdkHttpClient() throws Exception {
        String token = runSample("jdk-httpclient", 1);

        assertThat(server.applyCalls()).hasSize(1);
        FakeLegacyTokenServer.ApplyCall apply = server.applyCalls().get(0);
        assertApply(apply, "R,W", "rooms/lobby", INSTANCE, 15 * MINUTE);
        assertThat(token).isEqualTo(apply.token());
        assertThat(server.queriedTokens()).containsExactly(token);
        assertThat(server.revokedTokens()).isEmpty();
    }

    @Test
    void hutoolClientWithoutInstanceId() throws Exception {
        String token = runSample("hutool-client", 3);

        assertThat(server.applyCalls()).hasSize(1);
        FakeLegacyTokenServer.ApplyCall apply = server.applyCalls().get(0);
        assertApply(apply, "R", "orders/cancelled,orders/new", null, 24 * 60 * MINUTE);
        assertThat(token).isEqualTo(apply.token());
        assertThat(server.queriedTokens()).containsExactly(token);
        assertThat(server.revokedTokens()).containsExactly(token);
    }

    @Test
    void ownWrapper() throws Exception {
        String token = runSample("own-wrapper", 1);

        assertThat(server.applyCalls()).hasSize(1);
        FakeLegacyTokenServer.ApplyCall apply = server.applyCalls().get(0);
        assertApply(apply, "R", "shops/shop-1001/orders", INSTANCE, 6 * 60 * MINUTE);
        assertThat(token).isEqualTo(apply.token());
        assertThat(server.revokedTokens()).containsExactly(token);
        assertThat(server.requests().get(1).parameter("instanceId")).isNull();
    }

    /**
     * Copies the sample, points its legacy URL constants at the fake, compiles and runs it, and
     * returns the token it returned.
     */
    private String runSample(String name, int expectedUrlConstants) throws Exception {
        SampleProject project = SampleProject.copyOf(name, scratch);
        assertThat(project.replaceLegacyBaseUrl(server.baseUrl()))
                .as("occurrences of %s in %s", SampleProject.LEGACY_BASE_URL, name)
                .isEqualTo(expectedUrlConstants);

        List<Path> classpath = SampleProject.currentClasspath();
        project.compile(classpath);
        String token = project.run(classpath);

        assertThat(token).as("token returned by %s", name).isNotBlank();
        return token;
    }

    /** Checks one recorded apply call, with the expiry {@code validity} after the time the test started. */
    private void assertApply(FakeLegacyTokenServer.ApplyCall call, String actions, String resources, String instanceId,
            long validity) {
        long finishedAt = System.currentTimeMillis();
        assertThat(call.actions()).as("actions").isEqualTo(actions);
        assertThat(call.resources()).as("resources").isEqualTo(resources);
        assertThat(call.instanceId()).as("instanceId").isEqualTo(instanceId);
        assertThat(call.expireTime()).as("expireTime").isBetween(startedAt + validity, finishedAt + validity);
        assertThat(call.serviceName()).as("serviceName").isEqualTo("mq");
        assertThat(call.accessKey()).as("accessKey").isEqualTo(ACCESS_KEY);
    }
}
