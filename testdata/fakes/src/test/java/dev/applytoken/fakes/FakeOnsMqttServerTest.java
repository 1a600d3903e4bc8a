package dev.applytoken.fakes;

import com.aliyuncs.CommonRequest;
import com.aliyuncs.CommonResponse;
import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.IAcsClient;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.http.MethodType;
import com.aliyuncs.http.ProtocolType;
import com.aliyuncs.profile.DefaultProfile;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Drives the fake OnsMqtt endpoint with the JDK HTTP client and with the real core SDK's CommonRequest. */
class FakeOnsMqttServerTest {
    private static final long EXPIRE_TIME = 4_102_444_800_000L; // 2100-01-01T00:00:00Z

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private FakeOnsMqttServer server;

    @BeforeEach
    void startServer() {
        server = new FakeOnsMqttServer("fake-onsmqtt-token");
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void consecutiveChunkedCallsSucceed() throws Exception {
        String query = "/?Actions=R&ExpireTime=" + EXPIRE_TIME + "&InstanceId=mqtt-test-instance&Resources=alerts%2Fa";

        HttpResponse<String> first = http.send(teaStylePost("ApplyToken", query), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> second = http.send(teaStylePost("ApplyToken", query), HttpResponse.BodyHandlers.ofString());

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonObject body = JsonParser.parseString(second.body()).getAsJsonObject();
        assertThat(body.get("Token").getAsString()).isEqualTo("fake-onsmqtt-token");
        assertThat(body.get("RequestId").getAsString()).isNotBlank();
        assertThat(server.requests().get(0).header("Transfer-Encoding")).isEqualTo("chunked");

        FakeOnsMqttServer.Call call = server.calls().get(1);
        assertThat(call.action()).isEqualTo("ApplyToken");
        assertThat(call.status()).isEqualTo(200);
        assertThat(call.actions()).isEqualTo("R");
        assertThat(call.resources()).isEqualTo("alerts/a");
        assertThat(call.instanceId()).isEqualTo("mqtt-test-instance");
        assertThat(call.expireTime()).isEqualTo(EXPIRE_TIME);
        assertThat(call.token()).isEqualTo("fake-onsmqtt-token");
    }

    @Test
    void coreSdkApplyTokenGetsToken() throws Exception {
        CommonRequest request = coreRequest("ApplyToken");
        request.putQueryParameter("Actions", "R,W");
        request.putQueryParameter("Resources", "alerts/a,alerts/b");
        request.putQueryParameter("InstanceId", "mqtt-test-instance");
        request.putQueryParameter("ExpireTime", Long.toString(EXPIRE_TIME));

        CommonResponse response = coreClient().getCommonResponse(request);

        assertThat(response.getHttpStatus()).isEqualTo(200);
        JsonObject body = JsonParser.parseString(response.getData()).getAsJsonObject();
        assertThat(body.get("Token").getAsString()).isEqualTo("fake-onsmqtt-token");

        FakeOnsMqttServer.Call call = server.calls().get(0);
        assertThat(call.action()).isEqualTo("ApplyToken");
        assertThat(call.actions()).isEqualTo("R,W");
        assertThat(call.resources()).isEqualTo("alerts/a,alerts/b");
        assertThat(call.instanceId()).isEqualTo("mqtt-test-instance");
        assertThat(call.expireTime()).isEqualTo(EXPIRE_TIME);
        assertThat(call.request().parameter("AccessKeyId")).isEqualTo("test-access-key-id");
    }

    @Test
    void coreSdkRevokeThenQuery() throws Exception {
        IAcsClient client = coreClient();
        CommonRequest revoke = coreRequest("RevokeToken");
        revoke.putQueryParameter("Token", "fake-onsmqtt-token");
        revoke.putQueryParameter("InstanceId", "mqtt-test-instance");
        CommonRequest query = coreRequest("QueryToken");
        query.putQueryParameter("Token", "fake-onsmqtt-token");
        query.putQueryParameter("InstanceId", "mqtt-test-instance");

        CommonResponse before = client.getCommonResponse(query);
        client.getCommonResponse(revoke);
        CommonResponse after = client.getCommonResponse(query);

        assertThat(tokenStatus(before)).isTrue();
        assertThat(tokenStatus(after)).isFalse();
        assertThat(server.calls()).extracting(FakeOnsMqttServer.Call::action)
                .containsExactly("QueryToken", "RevokeToken", "QueryToken");
        assertThat(server.calls()).extracting(FakeOnsMqttServer.Call::token)
                .containsOnly("fake-onsmqtt-token");
    }

    @Test
    void failNextCallGivesCoreClientException() throws Exception {
        server.failNextCall("Throttling.User", "Request was denied due to user flow control.");
        CommonRequest request = coreRequest("QueryToken");
        request.putQueryParameter("Token", "fake-onsmqtt-token");
        request.putQueryParameter("InstanceId", "mqtt-test-instance");
        IAcsClient client = coreClient();

        ClientException error = catchThrowableOfType(ClientException.class, () -> client.getCommonResponse(request));
        CommonResponse retried = client.getCommonResponse(request);

        assertThat(error).isNotNull();
        assertThat(error.getErrCode()).isEqualTo("Throttling.User");
        assertThat(error.getErrMsg()).isEqualTo("Request was denied due to user flow control.");
        assertThat(error.getRequestId()).isNotBlank();
        assertThat(retried.getHttpStatus()).isEqualTo(200);
        assertThat(server.calls()).extracting(FakeOnsMqttServer.Call::status).containsExactly(400, 200);
    }

    @Test
    void missingInstanceIdRejected() throws Exception {
        CommonRequest request = coreRequest("ApplyToken");
        request.putQueryParameter("Actions", "R");
        request.putQueryParameter("Resources", "alerts/a");
        request.putQueryParameter("ExpireTime", Long.toString(EXPIRE_TIME));

        ClientException error = catchThrowableOfType(ClientException.class, () -> coreClient().getCommonResponse(request));

        assertThat(error).isNotNull();
        assertThat(error.getErrCode()).isEqualTo("MissingParameter");
        assertThat(error.getErrMsg()).contains("InstanceId");
        assertThat(server.calls().get(0).token()).isNull();
    }

    @Test
    void durationAsExpireTimeRejected() throws Exception {
        CommonRequest request = coreRequest("ApplyToken");
        request.putQueryParameter("Actions", "R");
        request.putQueryParameter("Resources", "alerts/a");
        request.putQueryParameter("InstanceId", "mqtt-test-instance");
        request.putQueryParameter("ExpireTime", "2592000000");

        ClientException error = catchThrowableOfType(ClientException.class, () -> coreClient().getCommonResponse(request));

        assertThat(error).isNotNull();
        assertThat(error.getErrCode()).isEqualTo("InvalidParameter");
    }

    @Test
    void unknownActionGets404() throws Exception {
        HttpResponse<String> response = http.send(teaStylePost("DeleteToken", "/"), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
        JsonObject body = JsonParser.parseString(response.body()).getAsJsonObject();
        assertThat(body.get("Code").getAsString()).isEqualTo("InvalidAction.NotFound");
        assertThat(body.get("HostId").getAsString()).isNotBlank();
    }

    @Test
    void wrongVersionRejected() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + server.endpoint() + "/?Token=t&InstanceId=i"))
                .header("x-acs-action", "QueryToken")
                .header("x-acs-version", "2019-12-11")
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();

        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("InvalidVersion");
    }

    /** Builds a POST shaped like the Tea SDK's: action and version in headers, an empty chunked body. */
    private HttpRequest teaStylePost(String action, String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create("http://" + server.endpoint() + pathAndQuery))
                .header("x-acs-action", action)
                .header("x-acs-version", "2020-04-20")
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.noBody()))
                .build();
    }

    private CommonRequest coreRequest(String action) {
        CommonRequest request = new CommonRequest();
        request.setSysMethod(MethodType.POST);
        request.setSysDomain(server.endpoint());
        request.setSysProtocol(ProtocolType.HTTP);
        request.setSysVersion("2020-04-20");
        request.setSysAction(action);
        return request;
    }

    private static IAcsClient coreClient() {
        return new DefaultAcsClient(DefaultProfile.getProfile("cn-hangzhou", "test-access-key-id", "test-access-key-secret"));
    }

    private static boolean tokenStatus(CommonResponse response) {
        return JsonParser.parseString(response.getData()).getAsJsonObject().get("TokenStatus").getAsBoolean();
    }
}
