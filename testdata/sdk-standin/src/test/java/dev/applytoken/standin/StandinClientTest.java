package dev.applytoken.standin;

import com.aliyun.onsmqtt20200420.Client;
import com.aliyun.onsmqtt20200420.models.ApplyTokenRequest;
import com.aliyun.onsmqtt20200420.models.ApplyTokenResponse;
import com.aliyun.onsmqtt20200420.models.QueryTokenRequest;
import com.aliyun.onsmqtt20200420.models.QueryTokenResponse;
import com.aliyun.onsmqtt20200420.models.RevokeTokenRequest;
import com.aliyun.onsmqtt20200420.models.RevokeTokenResponse;
import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.models.Config;
import dev.applytoken.fakes.FakeOnsMqttServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Runs the stand-in client over plain HTTP against the fake OnsMqtt endpoint. */
class StandinClientTest {
    private static final String TOKEN = "fake-onsmqtt-token";
    private static final long EXPIRE_TIME = 4_102_444_800_000L; // 2100-01-01T00:00:00Z

    private FakeOnsMqttServer server;
    private Client client;

    @BeforeEach
    void startServer() throws Exception {
        server = new FakeOnsMqttServer(TOKEN);
        client = new Client(new Config()
                .setAccessKeyId("test-access-key-id")
                .setAccessKeySecret("test-access-key-secret")
                .setEndpoint(server.endpoint())
                .setProtocol("HTTP"));
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void applyTokenReturnsToken() throws Exception {
        ApplyTokenResponse response = client.applyToken(new ApplyTokenRequest()
                .setActions("R,W")
                .setResources("alerts/a,alerts/b")
                .setInstanceId("mqtt-test-instance")
                .setExpireTime(EXPIRE_TIME));

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(response.getBody().getToken()).isEqualTo(TOKEN);
        assertThat(response.getBody().getRequestId()).isNotBlank();

        FakeOnsMqttServer.Call call = server.calls().get(0);
        assertThat(call.action()).isEqualTo("ApplyToken");
        assertThat(call.actions()).isEqualTo("R,W");
        assertThat(call.resources()).isEqualTo("alerts/a,alerts/b");
        assertThat(call.instanceId()).isEqualTo("mqtt-test-instance");
        assertThat(call.expireTime()).isEqualTo(EXPIRE_TIME);
    }

    @Test
    void requestIsSignedRpcPost() throws Exception {
        client.applyToken(new ApplyTokenRequest()
                .setActions("R")
                .setResources("alerts/a")
                .setInstanceId("mqtt-test-instance")
                .setExpireTime(EXPIRE_TIME));

        var request = server.requests().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/");
        assertThat(request.header("x-acs-version")).isEqualTo("2020-04-20");
        assertThat(request.header("Authorization")).contains("Credential=test-access-key-id");
        assertThat(request.query()).doesNotContainKeys("Action", "Version");
        assertThat(request.form()).isEmpty();
    }

    @Test
    void revokeAndQueryTokenReachServer() throws Exception {
        RevokeTokenResponse revoked = client.revokeToken(new RevokeTokenRequest()
                .setInstanceId("mqtt-test-instance")
                .setToken(TOKEN));
        QueryTokenResponse queried = client.queryToken(new QueryTokenRequest()
                .setInstanceId("mqtt-test-instance")
                .setToken(TOKEN));

        assertThat(revoked.getBody().getRequestId()).isNotBlank();
        assertThat(queried.getBody().getTokenStatus()).isFalse();
        assertThat(server.calls()).extracting(FakeOnsMqttServer.Call::action)
                .containsExactly("RevokeToken", "QueryToken");
        assertThat(server.calls()).extracting(FakeOnsMqttServer.Call::token)
                .containsExactly(TOKEN, TOKEN);
    }

    @Test
    void serverErrorRaisesTeaException() {
        server.failNextCall("InvalidInstanceId", "The instance does not exist.");

        TeaException error = catchThrowableOfType(TeaException.class, () -> client.applyToken(new ApplyTokenRequest()
                .setActions("R")
                .setResources("alerts/a")
                .setInstanceId("mqtt-missing-instance")
                .setExpireTime(EXPIRE_TIME)));

        assertThat(error).isNotNull();
        assertThat(error.getCode()).isEqualTo("InvalidInstanceId");
        assertThat(error.getStatusCode()).isEqualTo(400);
        assertThat(error.getMessage()).contains("The instance does not exist.");
    }

    @Test
    void regionIdGivesRegionalEndpoint() throws Exception {
        Client regional = new Client(new Config()
                .setAccessKeyId("test-access-key-id")
                .setAccessKeySecret("test-access-key-secret")
                .setRegionId("cn-hangzhou"));

        assertThat(regional._endpoint).isEqualTo("onsmqtt.cn-hangzhou.aliyuncs.com");
    }

    @Test
    void endpointMapWinsOverRule() throws Exception {
        String endpoint = client.getEndpoint("onsmqtt", "cn-hangzhou", "regional", null, null,
                Map.of("cn-hangzhou", "onsmqtt.example.test"), null);

        assertThat(endpoint).isEqualTo("onsmqtt.example.test");
    }

    @Test
    void missingRegionAndEndpointFails() {
        assertThatThrownBy(() -> new Client(new Config()
                .setAccessKeyId("test-access-key-id")
                .setAccessKeySecret("test-access-key-secret")))
                .hasMessageContaining("RegionId is empty");
    }
}
