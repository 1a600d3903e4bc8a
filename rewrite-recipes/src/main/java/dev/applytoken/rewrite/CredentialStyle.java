package dev.applytoken.rewrite;

import java.util.Locale;
import java.util.Optional;

/** Source of the AccessKey pair that migrated code uses. */
public enum CredentialStyle {
    /** The access key id and secret expressions that the legacy code signed its request with. */
    KEEP("keep"),

    /** The SDK's default credential chain (environment, profile file, instance role), so keys leave the code. */
    DEFAULT_CHAIN("default-chain");

    private final String optionValue;

    CredentialStyle(String optionValue) {
        this.optionValue = optionValue;
    }

    /** Returns the value of the recipe's {@code credentials} option that selects this style. */
    public String optionValue() {
        return optionValue;
    }

    /** Parses an option value such as {@code "keep"}, ignoring case; {@code null} selects {@link #KEEP}. */
    public static Optional<CredentialStyle> fromOptionValue(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(KEEP);
        }
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        for (CredentialStyle style : values()) {
            if (style.optionValue.equals(wanted)) {
                return Optional.of(style);
            }
        }
        return Optional.empty();
    }
}
