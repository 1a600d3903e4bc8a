package dev.applytoken.scanner.report;

import dev.applytoken.scanner.gate.Baseline;
import java.util.Locale;
import java.util.Optional;

/** The output formats of {@code applytoken scan}. */
public enum ReportFormat {
    TEXT,
    JSON,
    SARIF,
    MARKDOWN;

    /**
     * Returns the reporter for this format. Every format marks the findings that the baseline already
     * holds; {@code toolVersion} goes into the SARIF tool description.
     */
    public Reporter reporter(String toolVersion, Optional<Baseline> baseline) {
        return switch (this) {
            case TEXT -> new TextReporter(baseline);
            case JSON -> new JsonReporter(baseline);
            case SARIF -> (result, out) -> out.write(new SarifReport(toolVersion, baseline).render(result));
            case MARKDOWN -> (result, out) -> out.write(new MarkdownReport(baseline).render(result));
        };
    }

    /** Finds a format by its name on the command line, ignoring case. */
    public static Optional<ReportFormat> ofName(String name) {
        for (ReportFormat format : values()) {
            if (format.name().equals(name.toUpperCase(Locale.ROOT))) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
