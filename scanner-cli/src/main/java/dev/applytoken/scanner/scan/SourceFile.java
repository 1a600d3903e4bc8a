package dev.applytoken.scanner.scan;

import java.nio.charset.StandardCharsets;

/**
 * One file the scan read: its path relative to the root, its language and its bytes, kept as an
 * ISO-8859-1 string (one char per byte) for fast searching. The text is decoded on first use,
 * because most files are rejected by the prefilter before that.
 */
final class SourceFile {

    private final String path;
    private final Language language;
    private final String latin1;
    private final boolean candidate;
    private SourceText text;

    SourceFile(String path, Language language, byte[] bytes) {
        this.path = path;
        this.language = language;
        this.latin1 = new String(bytes, StandardCharsets.ISO_8859_1);
        this.candidate = Prefilter.mentionsLegacyWords(latin1);
    }

    String path() {
        return path;
    }

    /** Returns the file name after the last {@code /}. */
    String fileName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    Language language() {
        return language;
    }

    /** The file's bytes as ISO-8859-1 text: for byte searches, not for reading. */
    String latin1() {
        return latin1;
    }

    /** Tells whether the file mentions a legacy host, path, demo helper or parameter. */
    boolean isCandidate() {
        return candidate;
    }

    synchronized SourceText text() {
        if (text == null) {
            text = new SourceText(TextDecoder.decode(latin1.getBytes(StandardCharsets.ISO_8859_1)));
        }
        return text;
    }
}
