package dev.applytoken.scanner.scan;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Searches that decide which files to decode and parse. They run on bytes, or on bytes seen as
 * ISO-8859-1 text for {@code String.contains}, which is enough because every word searched for is
 * ASCII, which UTF-8, GB18030 and ISO-8859-1 encode alike.
 */
final class Prefilter {

    /** Words ending in {@code oken} that make a file a candidate: the paths and the demo helpers. */
    private static final List<byte[]> TOKEN_WORDS = Stream.of("/token", "applyToken", "revokeToken", "queryToken")
            .map(word -> word.getBytes(StandardCharsets.US_ASCII))
            .toList();

    private static final byte[] HOST = "mqauth".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PROXY_TYPE = "proxyType".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DO_HTTP_SIGNATURE = "doHttpSignature".getBytes(StandardCharsets.US_ASCII);

    /** Names that are Java identifiers, found by scanning the identifiers of a file once. */
    private final Set<String> identifiers = new HashSet<>();

    /**
     * For each ASCII first character, a bit per identifier length (bit 63 for 63 and longer) that
     * some name has, so that most identifiers of a file are rejected without creating a string.
     */
    private final long[] lengthsByFirstChar = new long[128];

    /** Names that are not identifiers, such as configuration keys, searched as plain text. */
    private final List<String> phrases = new ArrayList<>();

    /** Builds a filter that matches any of {@code names}: constants, configuration keys, class names. */
    Prefilter(Collection<String> names) {
        for (String name : names) {
            if (isIdentifier(name)) {
                identifiers.add(name);
                lengthsByFirstChar[name.charAt(0)] |= 1L << Math.min(name.length(), 63);
            } else if (!name.isEmpty()) {
                phrases.add(name);
            }
        }
    }

    /**
     * Tells whether the bytes mention a legacy host ({@code mqauth} in any case), path, demo helper or
     * parameter. One pass looks for the rare byte of each word ({@code k} of {@code token}, {@code q}
     * of {@code mqauth}, {@code x} of {@code proxyType}, {@code S} of {@code HttpSignature}) and
     * compares the whole word only there, which is several times faster than one search per word.
     */
    static boolean mentionsLegacyWords(byte[] content) {
        int length = content.length;
        for (int i = 1; i < length; i++) {
            byte current = content[i];
            if (current == 'k') {
                if (endsTokenWord(content, i)) {
                    return true;
                }
            } else if ((current | 0x20) == 'q') {
                if (isHostAt(content, i - 1)) {
                    return true;
                }
            } else if (current == 'x') {
                if (matchesAt(content, i - 3, PROXY_TYPE)) {
                    return true;
                }
            } else if (current == 'S' && matchesAt(content, i - 6, DO_HTTP_SIGNATURE)) {
                return true;
            }
        }
        return false;
    }

    /** Tells whether the {@code k} at {@code at} belongs to one of the words ending in {@code oken}. */
    private static boolean endsTokenWord(byte[] content, int at) {
        if (at + 2 >= content.length || content[at - 1] != 'o' || content[at + 1] != 'e' || content[at + 2] != 'n') {
            return false;
        }
        int end = at + 3;
        for (byte[] word : TOKEN_WORDS) {
            if (matchesAt(content, end - word.length, word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHostAt(byte[] content, int start) {
        if (start < 0 || start + HOST.length > content.length) {
            return false;
        }
        for (int j = 0; j < HOST.length; j++) {
            if ((content[start + j] | 0x20) != HOST[j]) {
                return false;
            }
        }
        return true;
    }

    private static boolean matchesAt(byte[] content, int start, byte[] word) {
        if (start < 0 || start + word.length > content.length) {
            return false;
        }
        for (int j = 0; j < word.length; j++) {
            if (content[start + j] != word[j]) {
                return false;
            }
        }
        return true;
    }

    /** Tells whether the bytes contain one of the names: an identifier as a whole word, a phrase anywhere. */
    boolean matches(byte[] content) {
        if (!identifiers.isEmpty() && containsIdentifier(content)) {
            return true;
        }
        if (phrases.isEmpty()) {
            return false;
        }
        String text = new String(content, StandardCharsets.ISO_8859_1);
        for (String phrase : phrases) {
            if (text.contains(phrase)) {
                return true;
            }
        }
        return false;
    }

    private boolean containsIdentifier(byte[] content) {
        int length = content.length;
        int i = 0;
        while (i < length) {
            int first = content[i] & 0xFF;
            if (!IDENTIFIER_START[first]) {
                i++;
                continue;
            }
            int start = i++;
            while (i < length && IDENTIFIER_PART[content[i] & 0xFF]) {
                i++;
            }
            int size = i - start;
            boolean possible = first < 128 && (lengthsByFirstChar[first] & (1L << Math.min(size, 63))) != 0;
            if (possible && identifiers.contains(new String(content, start, size, StandardCharsets.ISO_8859_1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isIdentifier(String name) {
        if (name.isEmpty() || name.charAt(0) >= 128 || !IDENTIFIER_START[name.charAt(0)]) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            if (name.charAt(i) >= 128 || !IDENTIFIER_PART[name.charAt(i)]) {
                return false;
            }
        }
        return true;
    }

    private static final boolean[] IDENTIFIER_START = new boolean[256];
    private static final boolean[] IDENTIFIER_PART = new boolean[256];

    static {
        for (int c = 0; c < 256; c++) {
            boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == '$';
            IDENTIFIER_START[c] = letter;
            IDENTIFIER_PART[c] = letter || c >= '0' && c <= '9';
        }
    }

    boolean isEmpty() {
        return identifiers.isEmpty() && phrases.isEmpty();
    }
}
