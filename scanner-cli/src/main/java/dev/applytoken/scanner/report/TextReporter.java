package dev.applytoken.scanner.report;

import dev.applytoken.scanner.gate.Baseline;
import dev.applytoken.scanner.scan.Finding;
import dev.applytoken.scanner.scan.ScanResult;
import dev.applytoken.scanner.scan.SkippedFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Optional;

/**
 * Writes the report for people: one block per finding, the skipped files, and a summary line. With a
 * baseline, each finding is marked {@code [new]} or {@code [baselined]} and the summary counts both.
 */
public final class TextReporter implements Reporter {

    private final Optional<Baseline> baseline;

    public TextReporter() {
        this(Optional.empty());
    }

    public TextReporter(Optional<Baseline> baseline) {
        this.baseline = baseline;
    }

    @Override
    public void write(ScanResult result, Writer out) throws IOException {
        PrintWriter printer = new PrintWriter(out);
        List<Boolean> baselined = BaselineMarks.of(result, baseline);
        for (int i = 0; i < result.findings().size(); i++) {
            Finding finding = result.findings().get(i);
            String mark = baseline.isEmpty() ? "" : baselined.get(i) ? "  [baselined]" : "  [new]";
            printer.printf("%s:%d  %s  %s%s%n", finding.file(), finding.line(), finding.operation().reportName(),
                    finding.confidence().reportName(), mark);
            for (String evidence : finding.evidence()) {
                printer.printf("    %s%n", evidence);
            }
            printer.printf("    migration: %s (%s)%n%n", finding.migration().reportName(), finding.reason());
        }
        if (!result.skipped().isEmpty()) {
            printer.printf("Skipped %d file(s):%n", result.skipped().size());
            for (SkippedFile file : result.skipped()) {
                printer.printf("  %s: %s%n", file.file(), file.reason());
            }
            printer.println();
        }
        long files = result.findings().stream().map(Finding::file).distinct().count();
        printer.printf("%d finding(s) in %d file(s); %d file(s) scanned, %d skipped.%n",
                result.findings().size(), files, result.filesScanned(), result.skipped().size());
        if (baseline.isPresent()) {
            long known = baselined.stream().filter(Boolean::booleanValue).count();
            printer.printf("%d new, %d in the baseline.%n", result.findings().size() - known, known);
        }
        printer.flush();
    }
}
