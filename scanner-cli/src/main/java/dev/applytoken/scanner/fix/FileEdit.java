package dev.applytoken.scanner.fix;

import dev.applytoken.scanner.io.SourceText;
import dev.applytoken.scanner.io.UnifiedDiff;
import java.nio.file.Path;

/** A change to one file: its path relative to the root, and its text before and after. */
public record FileEdit(Path file, SourceText before, SourceText after) {

    /** Returns the path with {@code /} separators, as patches and reports write it. */
    public String displayPath() {
        return file.toString().replace('\\', '/');
    }

    /**
     * Returns this edit as a unified diff in the file's own charset, so {@code git apply} matches its bytes.
     * The path in the diff is {@code prefix} followed by the file's path. A byte order mark stays part of
     * the first line, as it is in the file.
     */
    public byte[] patch(String prefix) {
        String bom = before.byteOrderMark() ? "\uFEFF" : "";
        String diff = UnifiedDiff.between(prefix + displayPath(),
                bom + before.textWithFileLineSeparators(), bom + after.textWithFileLineSeparators());
        return diff.getBytes(before.charset());
    }
}
