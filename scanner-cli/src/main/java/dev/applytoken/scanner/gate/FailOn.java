package dev.applytoken.scanner.gate;

import dev.applytoken.legacy.Confidence;
import dev.applytoken.scanner.scan.Finding;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The {@code --fail-on} policy: which findings make {@code scan} exit with code 1. A reference
 * finding (a live mention of the legacy host with no call attached) counts by its confidence like
 * any other.
 */
public enum FailOn {
    /** Fails on high-confidence findings only. */
    HIGH,
    /** Fails on high- and medium-confidence findings: the default. */
    MEDIUM,
    /** Never fails: the report is for information only. */
    NEVER;

    /** The policy when {@code --fail-on} is not given. */
    public static final FailOn DEFAULT = MEDIUM;

    /** Tells whether this one finding fails the run. */
    public boolean failsOn(Finding finding) {
        return switch (this) {
            case HIGH -> finding.confidence() == Confidence.HIGH;
            case MEDIUM -> true;
            case NEVER -> false;
        };
    }

    /** Tells whether any of the findings fails the run. */
    public boolean failsOn(Collection<Finding> findings) {
        return findings.stream().anyMatch(this::failsOn);
    }

    /** Returns the value as written on the command line: {@code high}, {@code medium} or {@code never}. */
    public String optionValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a command-line value, ignoring case.
     *
     * @throws IllegalArgumentException naming the value and the accepted ones
     */
    public static FailOn parse(String value) {
        for (FailOn policy : values()) {
            if (policy.optionValue().equalsIgnoreCase(value == null ? "" : value.strip())) {
                return policy;
            }
        }
        String accepted = Arrays.stream(values()).map(FailOn::optionValue).collect(Collectors.joining(", "));
        throw new IllegalArgumentException("invalid --fail-on value '" + value + "': use one of " + accepted);
    }
}
