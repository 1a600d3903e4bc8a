package dev.applytoken.legacy;

import java.util.Locale;

/**
 * Whether {@code applytoken fix} is expected to migrate a finding. It is a prediction from the
 * syntax of the call site alone: the migration recipe has the final word.
 */
public enum Migration {
    /** A Java apply, revoke or query call that the migration recipe can rewrite. */
    AUTO,
    /** Anything else: other languages, configuration, or a call that lacks what the new API needs. */
    MANUAL;

    public String reportName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
