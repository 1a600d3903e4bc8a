package dev.applytoken.legacy;

import java.util.Locale;
import java.util.Optional;

/**
 * An operation of the legacy token server, with the path it was served on and the OpenAPI action
 * that replaces it. {@link #REFERENCE} marks a live reference to the legacy host with no call
 * attached to it, such as a configuration value.
 */
public enum Operation {
    APPLY("/token/apply", "ApplyToken"),
    REVOKE("/token/revoke", "RevokeToken"),
    QUERY("/token/query", "QueryToken"),
    REFERENCE(null, null);

    private final String legacyPath;
    private final String openApiAction;

    Operation(String legacyPath, String openApiAction) {
        this.legacyPath = legacyPath;
        this.openApiAction = openApiAction;
    }

    /** Returns the path below {@code https://{tokenServerUrl}}, or empty for {@link #REFERENCE}. */
    public Optional<String> legacyPath() {
        return Optional.ofNullable(legacyPath);
    }

    /** Returns the OnsMqtt 2020-04-20 action that replaces the operation, or empty for {@link #REFERENCE}. */
    public Optional<String> openApiAction() {
        return Optional.ofNullable(openApiAction);
    }

    /** Returns the lower-case name used in reports: {@code apply}, {@code revoke}, {@code query}, {@code reference}. */
    public String reportName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a report name such as {@code "apply"}, ignoring case. */
    public static Optional<Operation> fromReportName(String name) {
        for (Operation operation : values()) {
            if (operation.reportName().equalsIgnoreCase(name)) {
                return Optional.of(operation);
            }
        }
        return Optional.empty();
    }
}
