package dev.applytoken.scanner.scan;

/**
 * A file the scan could not read completely: binary, too large, unreadable, or not parseable. A
 * file that did not parse was still searched with the lexical rules, so it may have findings too.
 *
 * @param file   path relative to the scanned root, with {@code /} separators
 * @param reason what happened and what to do about it
 */
public record SkippedFile(String file, String reason) {
}
