package dev.applytoken.scanner.scan;

import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of one scan.
 *
 * @param root         the scanned folder, as given
 * @param filesScanned number of files read (skipped ones excluded)
 * @param findings     sorted by file, then line
 * @param skipped      files not read or only partly understood, sorted by file
 */
public record ScanResult(Path root, int filesScanned, List<Finding> findings, List<SkippedFile> skipped) {

    public ScanResult {
        findings = List.copyOf(findings);
        skipped = List.copyOf(skipped);
    }
}
