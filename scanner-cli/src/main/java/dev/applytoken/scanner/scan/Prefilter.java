package dev.applytoken.scanner.scan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Searches that decide which files to decode and parse. They run on the file's bytes seen as
 * ISO-8859-1 text, which is a copy-free view for the JDK's {@code String.indexOf} intrinsics, and
 * enough because every word searched for is ASCII, which UTF-8, GB18030 and ISO-8859-1 encode alike.
 */
final class Prefilter {

    /**
     * Words whose presence makes a file a candidate: the host ({@code mqauth}, matched in any case),
     * the paths ({@code /token}), the demo helpers ({@code applyToken}, {@code doHttpSignature}, ...)
     * and the {@code proxyType} parameter. Each of {@code applyToken}, {@code revokeToken},
     * {@code queryToken} and {@code /token} contains {@code oken}, so one search covers them, and a
     * hit is then checked against the full words.
     */
    private static final List<String> LEGACY_WORDS = List.of(
            "/token", "doHttpSignature", "applyToken", "revokeToken", "queryToken", "proxyType");

    private final List<String> words;

    /** Builds a filter that matches any of {@code names}, such as constants found in pass one. */
    Prefilter(Collection<String> names) {
        this.words = new ArrayList<>();
        for (String name : names) {
            if (!name.isEmpty()) {
                words.add(name);
            }
        }
    }

    /** Tells whether the text mentions a legacy host (in any case), path, demo helper or parameter. */
    static boolean mentionsLegacyWords(String latin1) {
        if (mentionsHost(latin1)) {
            return true;
        }
        boolean maybeWord = latin1.contains("oken") || latin1.contains("HttpSignature") || latin1.contains("proxyType");
        if (!maybeWord) {
            return false;
        }
        for (String word : LEGACY_WORDS) {
            if (latin1.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Tells whether the text mentions {@code mqauth} in any case. */
    static boolean mentionsHost(String latin1) {
        if (latin1.contains("qauth") || latin1.contains("QAUTH") || latin1.contains("Qauth")) {
            return true;
        }
        boolean maybeMixedCase = latin1.contains("liyuncs") || latin1.contains("LIYUNCS");
        return maybeMixedCase && latin1.toLowerCase(Locale.ROOT).contains("mqauth");
    }

    boolean matches(String latin1) {
        for (String word : words) {
            if (latin1.contains(word)) {
                return true;
            }
        }
        return false;
    }

    boolean isEmpty() {
        return words.isEmpty();
    }
}
