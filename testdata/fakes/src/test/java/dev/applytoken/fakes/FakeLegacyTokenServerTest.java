package dev.applytoken.fakes;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Drives the fake legacy token server with the JDK HTTP client, the way legacy code calls it. */
class FakeLegacyTokenServerTest {
    private static final String SECRET = "test-access-key-secret";
    private static final long EXPIRE_TIME = 4_102_444_800_000L; // 2100-01-01T00:00:00Z

    /** Signatures computed outside Java with {@code openssl dgst -sha1 -hmac test-access-key-secret -binary | base64}. */
    private static final String APPLY_SIGNATURE = "+nUSTj+6rhuuybZMKiax7KOTAFM=";
    private static final String TOKEN_SIGNATURE = "VyYXSyZwVZcNe9F0FrpFGiWjQ/c=";

    private final HttpClient http = HttpClient.newHttpClient();
    private FakeLegacyTokenServer server;

    @BeforeEach
    void startServer() {
        server = new FakeLegacyTokenServer(SECRET, "abc+/=");
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void signatureMatchesOpenssl() {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("serviceName", List.of("mq"));
        fields.put("resources", List.of("alerts/a,alerts/b"));
        fields.put("instanceId", List.of("mqtt-test-instance"));
        fields.put("expireTime", List.of(Long.toString(EXPIRE_TIME)));
        fields.put("actions", List.of("W", "R"));

        String text = LegacySignature.stringToSign(fields);

        assertThat(text).isEqualTo(
                "actions=R,W&expireTime=4102444800000&instanceId=mqtt-test-instance&resources=alerts/a,alerts/b&serviceName=mq");
        assertThat(LegacySignature.sign(text, SECRET)).isEqualTo(APPLY_SIGNATURE);
        assertThat(LegacySignature.sign("token=abc+/=", SECRET)).isEqualTo(TOKEN_SIGNATURE);
    }

    @Test
    void applyWithUrlEncodedFormIssuesToken() throws Exception {
        JsonObject reply = postForm("/token/apply", applyParameters(APPLY_SIGNATURE));

        assertThat(reply.get("success").getAsBoolean()).isTrue();
        assertThat(reply.get("code").getAsInt()).isEqualTo(200);
        assertThat(reply.get("message").getAsString()).isEqualTo("success");
        assertThat(reply.get("tokenData").getAsString()).isEqualTo("abc+/=");

        FakeLegacyTokenServer.ApplyCall call = server.applyCalls().get(0);
        assertThat(call.actions()).isEqualTo("R,W");
        assertThat(call.resources()).isEqualTo("alerts/a,alerts/b");
        assertThat(call.instanceId()).isEqualTo("mqtt-test-instance");
        assertThat(call.expireTime()).isEqualTo(EXPIRE_TIME);
        assertThat(call.serviceName()).isEqualTo("mq");
        assertThat(call.proxyType()).isEqualTo("MQTT");
        assertThat(call.accessKey()).isEqualTo("test-access-key-id");
        assertThat(call.token()).isEqualTo("abc+/=");
    }

    @Test
    void applyWithQueryStringIssuesToken() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri("/token/apply?" + formText(applyParameters(APPLY_SIGNATURE))))
                .GET()
                .build();

        JsonObject reply = send(request);

        assertThat(reply.get("code").getAsInt()).isEqualTo(200);
        assertThat(server.requests().get(0).method()).isEqualTo("GET");
        assertThat(server.applyCalls()).hasSize(1);
    }

    @Test
    void applyWithMultipartFormIssuesToken() throws Exception {
        String boundary = "----fake-boundary-7f3a";
        StringBuilder body = new StringBuilder();
        applyParameters(APPLY_SIGNATURE).forEach((name, value) -> body
                .append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                .append(value).append("\r\n"));
        body.append("--").append(boundary).append("--\r\n");
        HttpRequest request = HttpRequest.newBuilder(uri("/token/apply"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();

        JsonObject reply = send(request);

        assertThat(reply.get("code").getAsInt()).isEqualTo(200);
        assertThat(server.applyCalls().get(0).resources()).isEqualTo("alerts/a,alerts/b");
        assertThat(server.requests().get(0).form().get("signature")).containsExactly(APPLY_SIGNATURE);
    }

    @Test
    void wrongSignatureGetsCode407() throws Exception {
        JsonObject reply = postForm("/token/apply", applyParameters("bm90IHRoZSBzaWduYXR1cmU="));

        assertThat(reply.get("success").getAsBoolean()).isFalse();
        assertThat(reply.get("code").getAsInt()).isEqualTo(407);
        assertThat(reply.has("tokenData")).isFalse();
        assertThat(server.applyCalls()).isEmpty();
    }

    @Test
    void signatureOverProxyTypeRejected() throws Exception {
        Map<String, String> parameters = applyParameters(null);
        Map<String, List<String>> signedTooMuch = new LinkedHashMap<>();
        parameters.forEach((name, value) -> signedTooMuch.put(name, List.of(value)));
        signedTooMuch.remove("accessKey");
        parameters.put("signature", LegacySignature.sign(LegacySignature.stringToSign(signedTooMuch), SECRET));

        JsonObject reply = postForm("/token/apply", parameters);

        assertThat(reply.get("code").getAsInt()).isEqualTo(407);
    }

    @Test
    void missingActionsGetsCode400() throws Exception {
        Map<String, String> parameters = applyParameters(APPLY_SIGNATURE);
        parameters.remove("actions");

        JsonObject reply = postForm("/token/apply", parameters);

        assertThat(reply.get("code").getAsInt()).isEqualTo(400);
        assertThat(reply.get("message").getAsString()).contains("actions");
    }

    @Test
    void durationInsteadOfExpiryRejected() throws Exception {
        Map<String, String> parameters = applyParameters(null);
        parameters.put("expireTime", "2592000000");
        parameters.put("signature", signApply(parameters));

        JsonObject reply = postForm("/token/apply", parameters);

        assertThat(reply.get("code").getAsInt()).isEqualTo(400);
        assertThat(reply.get("message").getAsString()).contains("expireTime");
    }

    @Test
    void applyWithoutInstanceIdAccepted() throws Exception {
        Map<String, String> parameters = applyParameters(null);
        parameters.remove("instanceId");
        parameters.put("signature", signApply(parameters));

        JsonObject reply = postForm("/token/apply", parameters);

        assertThat(reply.get("code").getAsInt()).isEqualTo(200);
        assertThat(server.applyCalls().get(0).instanceId()).isNull();
    }

    @Test
    void revokeThenQueryReportsRevoked() throws Exception {
        postForm("/token/apply", applyParameters(APPLY_SIGNATURE));

        JsonObject liveQuery = postForm("/token/query", tokenParameters("abc+/="));
        JsonObject revoke = postForm("/token/revoke", tokenParameters("abc+/="));
        JsonObject deadQuery = postForm("/token/query", tokenParameters("abc+/="));
        JsonObject secondRevoke = postForm("/token/revoke", tokenParameters("abc+/="));

        assertThat(liveQuery.get("code").getAsInt()).isEqualTo(200);
        assertThat(liveQuery.get("success").getAsBoolean()).isTrue();
        assertThat(revoke.get("code").getAsInt()).isEqualTo(200);
        assertThat(deadQuery.get("code").getAsInt()).isEqualTo(3);
        assertThat(deadQuery.get("success").getAsBoolean()).isFalse();
        assertThat(secondRevoke.get("code").getAsInt()).isEqualTo(410);
        assertThat(server.revokedTokens()).containsExactly("abc+/=");
        assertThat(server.queriedTokens()).containsExactly("abc+/=", "abc+/=");
    }

    @Test
    void revokeWithWrongSignatureRejected() throws Exception {
        postForm("/token/apply", applyParameters(APPLY_SIGNATURE));
        Map<String, String> parameters = tokenParameters("abc+/=");
        parameters.put("signature", LegacySignature.sign("token=abc+/=", "other-secret"));

        JsonObject reply = postForm("/token/revoke", parameters);

        assertThat(reply.get("code").getAsInt()).isEqualTo(407);
        assertThat(server.revokedTokens()).isEmpty();
    }

    @Test
    void queryOfUnknownTokenGetsCode1() throws Exception {
        Map<String, String> parameters = tokenParameters("abc+/=");

        JsonObject reply = postForm("/token/query", parameters);

        assertThat(reply.get("code").getAsInt()).isEqualTo(1);
    }

    @Test
    void unknownPathGets404() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/token/check")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
    }

    @Test
    void generatedTokensDiffer() throws Exception {
        try (FakeLegacyTokenServer generating = new FakeLegacyTokenServer(SECRET)) {
            String first = applyAt(generating);
            String second = applyAt(generating);

            assertThat(first).isNotBlank();
            assertThat(second).isNotEqualTo(first);
            assertThat(generating.applyCalls()).extracting(FakeLegacyTokenServer.ApplyCall::token)
                    .containsExactly(first, second);
        }
    }

    private String applyAt(FakeLegacyTokenServer target) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(target.baseUrl() + "/token/apply"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formText(applyParameters(APPLY_SIGNATURE))))
                .build();
        return send(request).get("tokenData").getAsString();
    }

    /** Returns apply parameters as the vendor demo sends them, with {@code signature} left out when null. */
    private static Map<String, String> applyParameters(String signature) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("actions", "R,W");
        parameters.put("resources", "alerts/a,alerts/b");
        parameters.put("expireTime", Long.toString(EXPIRE_TIME));
        parameters.put("serviceName", "mq");
        parameters.put("instanceId", "mqtt-test-instance");
        parameters.put("proxyType", "MQTT");
        parameters.put("accessKey", "test-access-key-id");
        if (signature != null) {
            parameters.put("signature", signature);
        }
        return parameters;
    }

    private static String signApply(Map<String, String> parameters) {
        Map<String, List<String>> signed = new LinkedHashMap<>();
        for (String name : LegacySignature.APPLY_FIELDS) {
            if (parameters.containsKey(name)) {
                signed.put(name, List.of(parameters.get(name)));
            }
        }
        return LegacySignature.sign(LegacySignature.stringToSign(signed), SECRET);
    }

    private static Map<String, String> tokenParameters(String token) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("token", token);
        parameters.put("accessKey", "test-access-key-id");
        parameters.put("signature", TOKEN_SIGNATURE);
        return parameters;
    }

    private JsonObject postForm(String path, Map<String, String> parameters) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formText(parameters)))
                .build();
        return send(request);
    }

    private JsonObject send(HttpRequest request) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("HTTP status").isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }

    private URI uri(String pathAndQuery) {
        return URI.create(server.baseUrl() + pathAndQuery);
    }

    private static String formText(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
