package dev.applytoken.scanner.gate;

import dev.applytoken.scanner.io.SourceText;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lines of the files that findings point at, read once per file from under the scan root.
 * Lines are split on {@code \n} only, as the scanner numbers them; a trailing {@code \r} stays
 * on the line. Not thread-safe.
 */
public final class SourceLines {

    private final Path root;
    private final Map<String, List<String>> linesByFile = new HashMap<>();

    public SourceLines(Path root) {
        this.root = root;
    }

    /**
     * Returns the text of a 1-based line of a root-relative file, without its line break, or an
     * empty string when the file cannot be read or has no such line.
     */
    public String line(String file, int line) {
        List<String> lines = linesByFile.computeIfAbsent(file, this::readLines);
        if (line < 1 || line > lines.size()) {
            return "";
        }
        return lines.get(line - 1);
    }

    private List<String> readLines(String file) {
        try {
            String text = SourceText.read(root.resolve(file)).text();
            return List.of(text.split("\n", -1));
        } catch (IOException | RuntimeException e) {
            // A file that moved or vanished since the scan still gets a stable fingerprint.
            return List.of();
        }
    }
}
