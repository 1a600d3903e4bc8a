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
 * It contains no parser types, so the scanner and the OpenRewrite recipes judge code by the same facts.
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

    /**
     * The legacy apply signature parameters written as {@code name=value} in a query or form string.
     * The value stops at {@code &}; an empty value means it was not literal text.
     */
    private static final Pattern FORM_PARAMETER = Pattern.compile(
            "(?<![A-Za-z0-9_])(resources|actions|serviceName|proxyType|expireTime|instanceId|signature)=([A-Za-z0-9,]*)");

    /** Words that tie code to MQTT: the protocol, its token-mode fields, and the Alibaba instance ids. */
    private static final Pattern MQTT_CONTEXT = Pattern.compile(
            "(?i)mqtt|tokenData|instanceId|instance_id|proxyType|\\bpost-cn-|\\bmqtt-cn-");

    /**
     * Characters that stand for a part of a string the detector could not resolve, such as a
     * variable in a concatenation or a {@code ${...}} placeholder.
     */
    public static final char UNKNOWN = '\uFFFC';

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
     * Finds every legacy path in {@code text} and where it sits. The legacy server served its paths
     * directly below the host, so a path below other segments is another API, and a path after a
     * host other than a legacy one is counter-evidence.
     */
    public static List<PathMention> findPaths(CharSequence text) {
        List<PathMention> mentions = new java.util.ArrayList<>();
        Matcher matcher = PATH.matcher(text);
        while (matcher.find()) {
            Operation operation = Operation.fromReportName(matcher.group(1)).orElseThrow();
            String before = urlBefore(text, matcher.start());
            mentions.add(placement(operation, matcher.start(), before));
        }
        return mentions;
    }

    private static PathMention placement(Operation operation, int start, String before) {
        if (before.isEmpty() || isPlaceholder(before)) {
            return new PathMention(operation, start, PathMention.Placement.LEGACY_SHAPED, null);
        }
        int scheme = before.indexOf("://");
        String authority = scheme >= 0 ? before.substring(scheme + 3) : before;
        if (authority.contains("/")) {
            return new PathMention(operation, start, PathMention.Placement.NESTED, null);
        }
        if (isLegacyHost(authority) || authority.indexOf(UNKNOWN) >= 0 || isPlaceholder(authority)) {
            return new PathMention(operation, start, PathMention.Placement.LEGACY_SHAPED, null);
        }
        if (scheme < 0 && !authority.contains(".") && !authority.contains(":")) {
            return new PathMention(operation, start, PathMention.Placement.NESTED, null);
        }
        return new PathMention(operation, start, PathMention.Placement.FOREIGN_HOST, authority);
    }

    /** Returns the URL text right before {@code end}: back to a quote, a space or a bracket. */
    private static String urlBefore(CharSequence text, int end) {
        int start = end;
        while (start > 0) {
            char c = text.charAt(start - 1);
            if (c == '"' || c == '\'' || c == '`' || c == '(' || c == '[' || c == '<' || c == '>'
                    || c == '=' || c == ',' || c == '+' || Character.isWhitespace(c)) {
                break;
            }
            start--;
        }
        return text.subSequence(start, end).toString();
    }

    /** Tells whether text is a template placeholder or variable: {@code ${base}}, {@code {base}}, {@code $BASE}, {@code %s}. */
    private static boolean isPlaceholder(String text) {
        if (text.indexOf(UNKNOWN) >= 0) {
            return !text.substring(text.lastIndexOf(UNKNOWN) + 1).contains("/");
        }
        return text.matches("\\$\\{[^}]*}|\\{[^}]*}|\\$[A-Za-z_][A-Za-z0-9_]*|%s|#\\{[^}]*}|\\{\\{[^}]*}}");
    }

    /**
     * Returns the legacy apply parameters written as {@code name=value} in {@code text}: the name
     * alone, or {@code name=value} when the value is literal text.
     */
    public static List<String> findFormParameters(CharSequence text) {
        List<String> parameters = new java.util.ArrayList<>();
        Matcher matcher = FORM_PARAMETER.matcher(text);
        while (matcher.find()) {
            String value = matcher.group(2);
            parameters.add(value.isEmpty() ? matcher.group(1) : matcher.group(1) + "=" + value);
        }
        return parameters;
    }

    /** Finds the first word in {@code text} that ties it to MQTT, such as {@code MqttClient} or {@code instanceId}. */
    public static Optional<String> findMqttContext(CharSequence text) {
        Matcher matcher = MQTT_CONTEXT.matcher(text);
        return matcher.find() ? Optional.of(matcher.group()) : Optional.empty();
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
