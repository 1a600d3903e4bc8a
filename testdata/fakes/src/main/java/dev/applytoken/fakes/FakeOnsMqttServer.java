package dev.applytoken.fakes;

import com.google.gson.JsonObject;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Fake of the OnsMqtt 2020-04-20 OpenAPI endpoint on 127.0.0.1, for the ApplyToken, RevokeToken and
 * QueryToken operations.
 *
 * <p>It reads the action from the query parameter {@code Action} (core SDK) or the header
 * {@code x-acs-action} (Tea SDK), and the business parameters from the query string, where both SDKs
 * put them. It does not verify SDK signatures, so any AccessKey pair is accepted. Replies are
 * {@code application/json}:
 * <ul>
 *   <li>ApplyToken: {@code {"RequestId":..,"Token":..}}. Actions, Resources, InstanceId and ExpireTime
 *       are required, and ExpireTime must be epoch milliseconds at least 60 s ahead.</li>
 *   <li>RevokeToken: {@code {"RequestId":..}}. Token and InstanceId are required.</li>
 *   <li>QueryToken: {@code {"RequestId":..,"TokenStatus":..}}, false only for a token revoked here.</li>
 *   <li>Errors: HTTP 400 or 404 with {@code {"RequestId","HostId","Code","Message"}}, or whatever
 *       {@link #failNextCall} set up.</li>
 * </ul>
 */
public final class FakeOnsMqttServer extends LoopbackServer {
    private static final String API_VERSION = "2020-04-20";
    private static final long MIN_VALIDITY_MILLIS = 60_000;

    private final String fixedToken;
    private final SecureRandom random = new SecureRandom();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Set<String> revokedTokens = ConcurrentHashMap.newKeySet();
    private volatile Failure nextFailure;
    private volatile String lastIssuedToken;

    /**
     * One call as received, whether it succeeded or not.
     *
     * @param action {@code ApplyToken}, {@code RevokeToken}, {@code QueryToken}, or whatever else was sent
     * @param status the HTTP status of the reply
     * @param expireTime the ExpireTime parameter in epoch milliseconds, or null when absent or not a number
     * @param token the Token parameter of a revoke or query call, or the token a successful apply call issued
     */
    public record Call(
            String action,
            int status,
            String actions,
            String resources,
            String instanceId,
            Long expireTime,
            String token,
            RecordedRequest request) {
    }

    private record Failure(int status, String code, String message) {
    }

    /** Starts a server that issues random tokens. */
    public FakeOnsMqttServer() {
        this(null);
    }

    /** Starts a server that issues {@code token} on every ApplyToken call. */
    public FakeOnsMqttServer(String token) {
        this.fixedToken = token;
    }

    /** Returns {@code 127.0.0.1:PORT}, the form both SDKs take as an endpoint or domain. */
    public String endpoint() {
        return "127.0.0.1:" + port();
    }

    /** Returns every call received, oldest first. */
    public List<Call> calls() {
        return List.copyOf(calls);
    }

    /** Makes the next call fail with HTTP 400 and this error code and message. */
    public void failNextCall(String code, String message) {
        failNextCall(400, code, message);
    }

    /** Makes the next call fail with this HTTP status, error code and message. */
    public void failNextCall(int status, String code, String message) {
        nextFailure = new Failure(status, code, message);
    }

    @Override
    protected JsonReply reply(RecordedRequest request) {
        String action = firstNonNull(request.parameter("Action"), request.header("x-acs-action"));
        Long expireTime = parseLong(request.parameter("ExpireTime"));
        JsonReply reply = dispatch(request, action, expireTime);

        String token = request.parameter("Token");
        if ("ApplyToken".equals(action)) {
            token = reply.status() == 200 ? lastIssuedToken : null;
        }
        calls.add(new Call(
                action,
                reply.status(),
                request.parameter("Actions"),
                request.parameter("Resources"),
                request.parameter("InstanceId"),
                expireTime,
                token,
                request));
        return reply;
    }

    private JsonReply dispatch(RecordedRequest request, String action, Long expireTime) {
        Failure failure = nextFailure;
        if (failure != null) {
            nextFailure = null;
            return error(failure.status(), failure.code(), failure.message());
        }
        String version = firstNonNull(request.parameter("Version"), request.header("x-acs-version"));
        if (!API_VERSION.equals(version)) {
            return error(400, "InvalidVersion", "Specified version " + version + " is not valid, expected " + API_VERSION);
        }
        if (action == null) {
            return error(400, "MissingAction", "Action is mandatory for this request");
        }
        return switch (action) {
            case "ApplyToken" -> applyToken(request, expireTime);
            case "RevokeToken" -> revokeToken(request);
            case "QueryToken" -> queryToken(request);
            default -> error(404, "InvalidAction.NotFound", "Specified api " + action + " is not found");
        };
    }

    private JsonReply applyToken(RecordedRequest request, Long expireTime) {
        JsonReply missing = requireParameters(request, "Actions", "Resources", "InstanceId", "ExpireTime");
        if (missing != null) {
            return missing;
        }
        if (expireTime == null) {
            return error(400, "InvalidParameter", "ExpireTime " + request.parameter("ExpireTime") + " is not a number");
        }
        if (expireTime < System.currentTimeMillis() + MIN_VALIDITY_MILLIS) {
            return error(400, "InvalidParameter", "ExpireTime " + expireTime + " must be at least 60 s in the future");
        }
        String token = issueToken();
        lastIssuedToken = token;
        revokedTokens.remove(token);
        JsonObject body = requestIdBody();
        body.addProperty("Token", token);
        return new JsonReply(200, body.toString());
    }

    private JsonReply revokeToken(RecordedRequest request) {
        JsonReply missing = requireParameters(request, "Token", "InstanceId");
        if (missing != null) {
            return missing;
        }
        revokedTokens.add(request.parameter("Token"));
        return new JsonReply(200, requestIdBody().toString());
    }

    private JsonReply queryToken(RecordedRequest request) {
        JsonReply missing = requireParameters(request, "Token", "InstanceId");
        if (missing != null) {
            return missing;
        }
        JsonObject body = requestIdBody();
        body.addProperty("TokenStatus", !revokedTokens.contains(request.parameter("Token")));
        return new JsonReply(200, body.toString());
    }

    private static JsonReply requireParameters(RecordedRequest request, String... names) {
        for (String name : names) {
            String value = request.parameter(name);
            if (value == null || value.isBlank()) {
                return error(400, "MissingParameter", name + " is mandatory for this action");
            }
        }
        return null;
    }

    private String issueToken() {
        if (fixedToken != null) {
            return fixedToken;
        }
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static JsonObject requestIdBody() {
        JsonObject body = new JsonObject();
        body.addProperty("RequestId", UUID.randomUUID().toString().toUpperCase(java.util.Locale.ROOT));
        return body;
    }

    private static JsonReply error(int status, String code, String message) {
        JsonObject body = requestIdBody();
        body.addProperty("HostId", "127.0.0.1");
        body.addProperty("Code", code);
        body.addProperty("Message", message);
        return new JsonReply(status, body.toString());
    }

    private static String firstNonNull(String first, String second) {
        return first != null ? first : second;
    }

    private static Long parseLong(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
