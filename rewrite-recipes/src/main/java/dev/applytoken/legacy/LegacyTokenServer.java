package dev.applytoken.legacy;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Facts about the retired ApsaraMQ for MQTT token server that every detector and recipe shares:
 * hosts, paths, request parameters and the packages of the SDKs that replace it.
 * It holds no parser types, so the scanner and the OpenRewrite recipes judge code by the same facts.
 */
public final class LegacyTokenServer {

    /** The host that served the mainland China regions and the public internet. */
    public static final String DEFAULT_HOST = "mqauth.aliyuncs.com";

    /** The regional hosts the documentation lists, by region id. Only Singapore had one. */
    public static final String SINGAPORE_HOST = "mqauth.ap-southeast-1.aliyuncs.com";

    /** Parameters of {@code /token/apply} that enter the HMAC-SHA1 signature. */
    public static final Set<String> APPLY_SIGNED_PARAMETERS =
            Set.of("actions", "expireTime", "instanceId", "resources", "serviceName");

    /** Parameters every legacy request sends outside the signature. */
    public static final Set<String> UNSIGNED_PARAMETERS = Set.of("proxyType", "accessKey", "signature");

    /** The only parameter that {@code /token/revoke} and {@code /token/query} sign. */
    public static final String TOKEN_PARAMETER = "token";

    /** The response field that carries the token of {@code /token/apply}. */
    public static final String TOKEN_RESPONSE_FIELD = "tokenData";

    /** Fixed values the legacy apply request sends: {@code serviceName=mq} and {@code proxyType=MQTT}. */
    public static final String SERVICE_NAME_VALUE = "mq";
    public static final String PROXY_TYPE_VALUE = "MQTT";

    /** Methods of the vendor's old demo helper class {@code Tools} and its copies. */
    public static final Set<String> DEMO_HELPER_METHODS =
            Set.of("applyToken", "revokeToken", "queryToken", "doHttpSignature", "macSignature");

    /** Packages of the SDKs that replace the token server. Code importing them is already migrated. */
    public static final List<String> TARGET_SDK_PACKAGES =
            List.of("com.aliyun.onsmqtt20200420", "com.aliyuncs.onsmqtt", "com.aliyun.sdk.service.onsmqtt20200420");

    private static final Pattern HOST = Pattern.compile(
            "(?i)(?<![a-z0-9.-])mqauth(?:\\.([a-z]{2,}-[a-z]+-\\d+))?\\.aliyuncs\\.com(?![a-z0-9-])");

    private static final Pattern PATH = Pattern.compile("/token/(apply|revoke|query)(?![A-Za-z0-9_-])");

    private LegacyTokenServer() {
    }

    /** Tells whether {@code host} is a legacy token-server host, ignoring case and an optional port. */
    public static boolean isLegacyHost(String host) {
        if (host == null) {
            return false;
        }
        String bare = host.strip().replaceFirst(":\\d+$", "");
        Matcher matcher = HOST.matcher(bare);
        return matcher.matches();
    }

    /** Finds the first legacy host mentioned in {@code text}, as written there. */
    public static Optional<String> findHost(CharSequence text) {
        Matcher matcher = HOST.matcher(text);
        return matcher.find() ? Optional.of(matcher.group()) : Optional.empty();
    }

    /** Finds the operation of the first legacy path ({@code /token/apply} and its siblings) in {@code text}. */
    public static Optional<Operation> findOperation(CharSequence text) {
        Matcher matcher = PATH.matcher(text);
        if (!matcher.find()) {
            return Optional.empty();
        }
        return Operation.fromReportName(matcher.group(1));
    }

    /**
     * Returns the OpenAPI region a legacy host pins down. {@code mqauth.aliyuncs.com} served several
     * regions, so it yields nothing: the region must then come from the user.
     */
    public static Optional<String> regionOfHost(String host) {
        if (host == null) {
            return Optional.empty();
        }
        Matcher matcher = HOST.matcher(host.strip().replaceFirst(":\\d+$", ""));
        if (!matcher.matches() || matcher.group(1) == null) {
            return Optional.empty();
        }
        return Optional.of(matcher.group(1).toLowerCase(Locale.ROOT));
    }

    /** Tells whether a type or import name belongs to one of the SDKs that replace the token server. */
    public static boolean isTargetSdkName(String qualifiedName) {
        if (qualifiedName == null) {
            return false;
        }
        for (String sdkPackage : TARGET_SDK_PACKAGES) {
            if (qualifiedName.equals(sdkPackage) || qualifiedName.startsWith(sdkPackage + ".")) {
                return true;
            }
        }
        return false;
    }
}
