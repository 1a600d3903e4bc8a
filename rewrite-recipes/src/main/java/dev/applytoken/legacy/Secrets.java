package dev.applytoken.legacy;

import java.util.regex.Pattern;

/** Masks credentials in text that a report quotes, so no access key secret ever reaches a report. */
public final class Secrets {

    /** An AccessKey id: {@code LTAI} followed by the rest of the id. */
    private static final Pattern ACCESS_KEY_ID = Pattern.compile("LTAI[A-Za-z0-9]{8,}");

    /** The value assigned or passed next to a name that says it is a secret. */
    private static final Pattern NAMED_SECRET = Pattern.compile(
            "(?i)((?:secret|password|passwd|pwd)[A-Za-z0-9_.-]*[\"']?\\s*(?:(?:=>|[:=])\\s*[\"']?|[,(]\\s*[\"']))"
                    + "([^\"'\\s,;)]+)");

    /** A 30-character AccessKey secret that appears without a telling name. */
    private static final Pattern BARE_SECRET = Pattern.compile("(?<![A-Za-z0-9])[A-Za-z0-9]{30}(?![A-Za-z0-9])");

    private Secrets() {
    }

    /**
     * Replaces AccessKey ids with {@code LTAI****} and drops secret values, leaving {@code ****}.
     * Masking is by shape, so it also hides some values that are not secrets.
     */
    public static String mask(String text) {
        if (text == null) {
            return null;
        }
        String masked = ACCESS_KEY_ID.matcher(text).replaceAll("LTAI****");
        masked = NAMED_SECRET.matcher(masked).replaceAll(match -> quote(match.group(1)) + "****");
        return BARE_SECRET.matcher(masked).replaceAll("****");
    }

    private static String quote(String text) {
        return text.replace("\\", "\\\\").replace("$", "\\$");
    }
}
