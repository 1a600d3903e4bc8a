package dev.applytoken.rewrite;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The validated options of a migration.
 *
 * @param regionId      OpenAPI region such as {@code cn-hangzhou}
 * @param endpointHost  host, with an optional port, that replaces the regional endpoint; {@code null} for none
 * @param plainHttp     whether the endpoint was given with {@code http://}, so calls must not use TLS
 * @param credentials   where the AccessKey pair comes from
 * @param targetSdk     the SDK that migrated code calls
 * @param instanceId    instance id to send when the legacy call sent none; {@code null} for none
 */
public record MigrationSettings(String regionId, String endpointHost, boolean plainHttp,
                                CredentialStyle credentials, TargetSdk targetSdk, String instanceId) {

    /** Instructions for passing the region, used by every message that requests it. */
    public static final String REGION_HINT =
            "pass it with -Drewrite.options=regionId=cn-hangzhou from Maven, or --region cn-hangzhou from applytoken fix";

    private static final Pattern REGION = Pattern.compile("[a-z]{2,}(-[a-z0-9]+)+");
    private static final Pattern HOST_AND_PORT = Pattern.compile("[A-Za-z0-9.-]+(:\\d{1,5})?");
    private static final Pattern INSTANCE_ID = Pattern.compile("[A-Za-z0-9_.-]+");

    /** Returns the endpoint of {@code regionId}, which calls use when no explicit endpoint is set. */
    public String regionalEndpoint() {
        return "onsmqtt." + regionId + ".aliyuncs.com";
    }

    /** Returns the host calls go to: the explicit endpoint when set, else the regional one. */
    public String effectiveEndpoint() {
        return endpointHost != null ? endpointHost : regionalEndpoint();
    }

    /**
     * Builds settings from raw option values, or returns empty when any of them is invalid; {@link #problems}
     * lists which.
     */
    public static Optional<MigrationSettings> parse(String regionId, String endpoint, String credentials,
                                                    String targetSdk, String instanceId) {
        if (!problems(regionId, endpoint, credentials, targetSdk, instanceId).isEmpty()) {
            return Optional.empty();
        }
        String host = null;
        boolean plainHttp = false;
        if (endpoint != null && !endpoint.isBlank()) {
            String trimmed = endpoint.strip();
            plainHttp = trimmed.toLowerCase(Locale.ROOT).startsWith("http://");
            host = stripScheme(trimmed);
        }
        return Optional.of(new MigrationSettings(
                regionId.strip(),
                host,
                plainHttp,
                CredentialStyle.fromOptionValue(credentials).orElseThrow(),
                TargetSdk.fromOptionValue(targetSdk).orElseThrow(),
                instanceId == null || instanceId.isBlank() ? null : instanceId.strip()));
    }

    /** Lists what is wrong with the option values, one message per option; empty when they are valid. */
    public static Map<String, String> problems(String regionId, String endpoint, String credentials,
                                                         String targetSdk, String instanceId) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (regionId == null || regionId.isBlank()) {
            problems.put("regionId", "The regionId option is missing: the region cannot be derived from the legacy "
                    + "token server's host, so " + REGION_HINT + ".");
        } else if (!REGION.matcher(regionId.strip()).matches()) {
            problems.put("regionId", "The regionId option '" + regionId + "' is not a region id such as cn-hangzhou.");
        }
        if (endpoint != null && !endpoint.isBlank() && !HOST_AND_PORT.matcher(stripScheme(endpoint.strip())).matches()) {
            problems.put("endpoint", "The endpoint option '" + endpoint + "' is not a host with an optional port, "
                    + "such as onsmqtt-vpc.cn-hangzhou.aliyuncs.com or http://127.0.0.1:8080.");
        }
        if (CredentialStyle.fromOptionValue(credentials).isEmpty()) {
            problems.put("credentials", "The credentials option '" + credentials + "' is invalid: use keep or default-chain.");
        }
        if (TargetSdk.fromOptionValue(targetSdk).isEmpty()) {
            problems.put("targetSdk", "The targetSdk option '" + targetSdk + "' is invalid: use tea or core.");
        }
        if (instanceId != null && !instanceId.isBlank() && !INSTANCE_ID.matcher(instanceId.strip()).matches()) {
            problems.put("instanceId", "The instanceId option '" + instanceId + "' is not an instance id such as "
                    + "post-cn-0pp1ldu0a01.");
        }
        return problems;
    }

    private static String stripScheme(String endpoint) {
        String lower = endpoint.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://")) {
            return endpoint.substring("http://".length());
        }
        if (lower.startsWith("https://")) {
            return endpoint.substring("https://".length());
        }
        return endpoint;
    }
}
