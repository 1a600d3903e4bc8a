package dev.applytoken.scanner.report;

import java.util.Locale;
import java.util.Optional;

/** The output formats of {@code applytoken scan}. */
public enum ReportFormat {
    TEXT(new TextReporter()),
    JSON(new JsonReporter());

    private final Reporter reporter;

    ReportFormat(Reporter reporter) {
        this.reporter = reporter;
    }

    public Reporter reporter() {
        return reporter;
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
