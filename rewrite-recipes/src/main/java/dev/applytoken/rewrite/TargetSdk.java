package dev.applytoken.rewrite;

import java.util.Locale;
import java.util.Optional;

/**
 * An SDK that migrated code calls, with the Maven coordinates a migration adds to the build of every
 * module whose Java it migrated. The command-line tool reads the same coordinates.
 */
public enum TargetSdk {
    /** The generated OnsMqtt client of the Tea SDK family, the vendor's current recommendation. */
    TEA("tea", "com.aliyun", "onsmqtt20200420", "1.6.1"),

    /** {@code CommonRequest} calls through the core SDK, for code bases that already use it. */
    CORE("core", "com.aliyun", "aliyun-java-sdk-core", "4.7.10");

    private final String optionValue;
    private final String groupId;
    private final String artifactId;
    private final String version;

    TargetSdk(String optionValue, String groupId, String artifactId, String version) {
        this.optionValue = optionValue;
        this.groupId = groupId;
        this.artifactId = artifactId;
        this.version = version;
    }

    /** Returns the value of the recipe's {@code targetSdk} option that selects this SDK. */
    public String optionValue() {
        return optionValue;
    }

    public String groupId() {
        return groupId;
    }

    public String artifactId() {
        return artifactId;
    }

    public String version() {
        return version;
    }

    /** Returns the coordinates as {@code groupId:artifactId:version}. */
    public String coordinates() {
        return groupId + ":" + artifactId + ":" + version;
    }

    /** Parses an option value such as {@code "tea"}, ignoring case; {@code null} selects {@link #TEA}. */
    public static Optional<TargetSdk> fromOptionValue(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(TEA);
        }
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        for (TargetSdk sdk : values()) {
            if (sdk.optionValue.equals(wanted)) {
                return Optional.of(sdk);
            }
        }
        return Optional.empty();
    }
}
