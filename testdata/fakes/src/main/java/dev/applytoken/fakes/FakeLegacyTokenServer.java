package dev.applytoken.fakes;

import com.google.gson.JsonObject;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Fake of the retired legacy token server ({@code /token/apply}, {@code /token/revoke},
 * {@code /token/query}) on 127.0.0.1, for running legacy code in tests.
 *
 * <p>It takes parameters from the query string, a URL-encoded body or a multipart body, with GET or
 * POST, and verifies each request's signature with the AccessKey secret it was built with. Every
 * reply is HTTP 200 with a JSON body whose {@code code} carries the result, as follows:
 * <ul>
 *   <li>200: success. An apply reply carries the new token in {@code tokenData}.</li>
 *   <li>400: a required parameter is missing or invalid, including an {@code expireTime} less than
 *       60 s ahead, which is the documented minimum validity.</li>
 *   <li>407: the signature does not match.</li>
 *   <li>410: revoke of a token this server did not issue or already revoked.</li>
 *   <li>1 and 3: query of a token this server did not issue, or revoked.</li>
 * </ul>
 * NOTE: the real server's HTTP status on errors and its query codes are undocumented, so the
 * choices above are a model, not a copy.
 */
public final class FakeLegacyTokenServer extends LoopbackServer {
    private static final long MIN_VALIDITY_MILLIS = 60_000;

    private final String accessKeySecret;
    private final String fixedToken;
    private final SecureRandom random = new SecureRandom();
    private final List<ApplyCall> applyCalls = new CopyOnWriteArrayList<>();
    private final List<String> revokedTokens = new CopyOnWriteArrayList<>();
    private final List<String> queriedTokens = new CopyOnWriteArrayList<>();
    private final Set<String> liveTokens = ConcurrentHashMap.newKeySet();
    private final Set<String> deadTokens = ConcurrentHashMap.newKeySet();

    /**
     * One accepted apply request, with the parameters as sent.
     *
     * @param expireTime absolute expiry in epoch milliseconds
     * @param instanceId null when the request carried none, as in the older API revision
     * @param token the token issued in reply
     */
    public record ApplyCall(
            String actions,
            String resources,
            String instanceId,
            long expireTime,
            String serviceName,
            String proxyType,
            String accessKey,
            String token) {
    }

    /** Starts a server that checks signatures with this secret and issues random tokens. */
    public FakeLegacyTokenServer(String accessKeySecret) {
        this(accessKeySecret, null);
    }

    /** Starts a server that checks signatures with this secret and issues {@code token} on every apply. */
    public FakeLegacyTokenServer(String accessKeySecret, String token) {
        this.accessKeySecret = accessKeySecret;
        this.fixedToken = token;
    }

    /** Returns the base URL to use in place of {@code https://mqauth.aliyuncs.com}, without a trailing slash. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    /** Returns the apply requests that passed validation, oldest first. */
    public List<ApplyCall> applyCalls() {
        return List.copyOf(applyCalls);
    }

    /** Returns the tokens revoked successfully, oldest first. */
    public List<String> revokedTokens() {
        return List.copyOf(revokedTokens);
    }

    /** Returns the tokens of every query request whose signature matched, oldest first. */
    public List<String> queriedTokens() {
        return List.copyOf(queriedTokens);
    }

    @Override
    protected JsonReply reply(RecordedRequest request) {
        return switch (request.path()) {
            case "/token/apply" -> apply(request);
            case "/token/revoke" -> revoke(request);
            case "/token/query" -> query(request);
            default -> new JsonReply(404, result(false, 404, "no legacy token endpoint at " + request.path()));
        };
    }

    private JsonReply apply(RecordedRequest request) {
        for (String name : List.of("actions", "resources", "expireTime", "serviceName", "accessKey", "signature")) {
            if (isBlank(request.parameter(name))) {
                return failure(400, "missing parameter " + name);
            }
        }
        if (!"mq".equals(request.parameter("serviceName"))) {
            return failure(400, "invalid serviceName " + request.parameter("serviceName") + ", expected mq");
        }
        long expireTime;
        try {
            expireTime = Long.parseLong(request.parameter("expireTime"));
        } catch (NumberFormatException e) {
            return failure(400, "invalid expireTime " + request.parameter("expireTime") + ", expected epoch milliseconds");
        }
        if (expireTime < System.currentTimeMillis() + MIN_VALIDITY_MILLIS) {
            return failure(400, "invalid expireTime " + expireTime + ", expected at least 60 s in the future");
        }
        if (!signatureMatches(request, LegacySignature.APPLY_FIELDS)) {
            return failure(407, "signature mismatch");
        }

        String token = fixedToken != null ? fixedToken : randomToken();
        liveTokens.add(token);
        deadTokens.remove(token);
        applyCalls.add(new ApplyCall(
                request.parameter("actions"),
                request.parameter("resources"),
                request.parameter("instanceId"),
                expireTime,
                request.parameter("serviceName"),
                request.parameter("proxyType"),
                request.parameter("accessKey"),
                token));

        JsonObject body = resultObject(true, 200, "success");
        body.addProperty("tokenData", token);
        return new JsonReply(200, body.toString());
    }

    private JsonReply revoke(RecordedRequest request) {
        JsonReply invalid = checkTokenRequest(request);
        if (invalid != null) {
            return invalid;
        }
        String token = request.parameter("token");
        if (!liveTokens.remove(token)) {
            return failure(410, "token revocation failed: token unknown or already revoked");
        }
        deadTokens.add(token);
        revokedTokens.add(token);
        return new JsonReply(200, result(true, 200, "success"));
    }

    private JsonReply query(RecordedRequest request) {
        JsonReply invalid = checkTokenRequest(request);
        if (invalid != null) {
            return invalid;
        }
        String token = request.parameter("token");
        queriedTokens.add(token);
        if (liveTokens.contains(token)) {
            return new JsonReply(200, result(true, 200, "success"));
        }
        if (deadTokens.contains(token)) {
            return failure(3, "token revoked");
        }
        return failure(1, "token cannot be parsed");
    }

    /** Returns the failure reply for a revoke or query request with missing fields or a bad signature, else null. */
    private JsonReply checkTokenRequest(RecordedRequest request) {
        for (String name : List.of("token", "accessKey", "signature")) {
            if (isBlank(request.parameter(name))) {
                return failure(400, "missing parameter " + name);
            }
        }
        if (!signatureMatches(request, LegacySignature.TOKEN_FIELDS)) {
            return failure(407, "signature mismatch");
        }
        return null;
    }

    private boolean signatureMatches(RecordedRequest request, List<String> signedFields) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (String name : signedFields) {
            List<String> values = request.parameterValues(name);
            if (!values.isEmpty()) {
                fields.put(name, values);
            }
        }
        String expected = LegacySignature.sign(LegacySignature.stringToSign(fields), accessKeySecret);
        return expected.equals(request.parameter("signature"));
    }

    private String randomToken() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        // The standard alphabet yields '+' and '/', as real tokens do, so code that does not
        // URL-encode a token it sends back fails here too.
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static JsonReply failure(int code, String message) {
        return new JsonReply(200, result(false, code, message));
    }

    private static String result(boolean success, int code, String message) {
        return resultObject(success, code, message).toString();
    }

    private static JsonObject resultObject(boolean success, int code, String message) {
        JsonObject body = new JsonObject();
        body.addProperty("success", success);
        body.addProperty("code", code);
        body.addProperty("message", message);
        return body;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
