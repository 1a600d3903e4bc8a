package dev.applytoken.scanner.scan;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Byte searches that decide which files to decode and parse. Searching bytes is enough because
 * every word looked for is ASCII, which UTF-8, GB18030 and ISO-8859-1 all encode the same way.
 */
final class Prefilter {

    /** Words that put a file on the candidate list without knowing anything else about the project. */
    private static final List<byte[]> LEGACY_WORDS = bytes(List.of(
            "/token", "doHttpSignature", "applyToken", "revokeToken", "queryToken", "proxyType"));

    private static final byte[] HOST_WORD = "mqauth".getBytes(StandardCharsets.US_ASCII);

    private final List<byte[]> words;

    /** Builds a filter that matches any of {@code names}, such as constants found in pass one. */
    Prefilter(Collection<String> names) {
        this.words = bytes(names);
    }

    /** Tells whether the bytes mention a legacy host (in any case), path, demo helper or parameter. */
    static boolean mentionsLegacyWords(byte[] content) {
        return indexOfIgnoreCase(content, HOST_WORD) >= 0 || containsAny(content, LEGACY_WORDS);
    }

    /** Tells whether the bytes mention a legacy host, in any case. */
    static boolean mentionsHost(byte[] content) {
        return indexOfIgnoreCase(content, HOST_WORD) >= 0;
    }

    boolean matches(byte[] content) {
        return containsAny(content, words);
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    private static boolean containsAny(byte[] content, List<byte[]> needles) {
        for (byte[] needle : needles) {
            if (indexOf(content, needle) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static int indexOf(byte[] content, byte[] needle) {
        byte first = needle[0];
        int last = content.length - needle.length;
        outer:
        for (int i = 0; i <= last; i++) {
            if (content[i] != first) {
                continue;
            }
            for (int j = 1; j < needle.length; j++) {
                if (content[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Searches for a lower-case ASCII needle, ignoring the case of the content. */
    private static int indexOfIgnoreCase(byte[] content, byte[] needle) {
        int last = content.length - needle.length;
        outer:
        for (int i = 0; i <= last; i++) {
            if ((content[i] | 0x20) != needle[0]) {
                continue;
            }
            for (int j = 1; j < needle.length; j++) {
                if ((content[i + j] | 0x20) != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static List<byte[]> bytes(Collection<String> words) {
        List<byte[]> result = new ArrayList<>();
        for (String word : words) {
            if (!word.isEmpty()) {
                result.add(word.getBytes(StandardCharsets.UTF_8));
            }
        }
        return result;
    }
}
