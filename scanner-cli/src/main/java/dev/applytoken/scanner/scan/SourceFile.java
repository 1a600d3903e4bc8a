package dev.applytoken.scanner.scan;


/**
 * One file the scan read: its path relative to the root, its language and its bytes. The text is
 * decoded on first use, because most files are rejected by the prefilter before that.
 */
final class SourceFile {

    private final String path;
    private final Language language;
    private final byte[] bytes;
    private final boolean candidate;
    private SourceText text;

    SourceFile(String path, Language language, byte[] bytes) {
        this.path = path;
        this.language = language;
        this.bytes = bytes;
        this.candidate = Prefilter.mentionsLegacyWords(bytes);
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

    byte[] bytes() {
        return bytes;
    }

    /** Tells whether the file mentions a legacy host, path, demo helper or parameter. */
    boolean isCandidate() {
        return candidate;
    }

    synchronized SourceText text() {
        if (text == null) {
            // The same decoding as fix uses, so both read the same text: UTF-8, else GB18030, else ISO-8859-1.
            text = new SourceText(dev.applytoken.scanner.io.SourceText.decode(bytes).text());
        }
        return text;
    }
}
