package dev.applytoken.scanner.report;

import dev.applytoken.scanner.scan.Finding;
import dev.applytoken.scanner.scan.ScanResult;
import dev.applytoken.scanner.scan.SkippedFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/** Writes the report for people: one block per finding, the skipped files, and a summary line. */
public final class TextReporter implements Reporter {

    @Override
    public void write(ScanResult result, Writer out) throws IOException {
        PrintWriter printer = new PrintWriter(out);
        for (Finding finding : result.findings()) {
            printer.printf("%s:%d  %s  %s%n", finding.file(), finding.line(), finding.operation().reportName(),
                    finding.confidence().reportName());
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
        printer.flush();
    }
}
