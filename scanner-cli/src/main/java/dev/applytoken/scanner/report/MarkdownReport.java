package dev.applytoken.scanner.report;

import dev.applytoken.legacy.Confidence;
import dev.applytoken.legacy.Migration;
import dev.applytoken.legacy.Operation;
import dev.applytoken.scanner.gate.Baseline;
import dev.applytoken.scanner.gate.Fingerprints;
import dev.applytoken.scanner.scan.Finding;
import dev.applytoken.scanner.scan.ScanResult;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Renders a scan result as the Markdown body of a pull-request comment: counts, a table of findings,
 * the evidence per file in {@code <details>} sections, and how to run {@code applytoken fix}.
 *
 * <p>The body stays within {@link #MAX_LENGTH} UTF-8 bytes, and so within as many characters, below
 * the 65,536-character limit of a GitHub comment. When the findings do not fit, the table and the
 * evidence stop early and a note states how many were left out and that the JSON and SARIF reports have
 * all of them. Text from the scanned code is escaped, so it cannot close the table, start HTML, or
 * mention a user.
 */
public final class MarkdownReport {

    /** Upper bound of the rendered body, in UTF-8 bytes. */
    public static final int MAX_LENGTH = 65_000;

    /** Room kept for the note on left-out findings. */
    private static final int NOTE_RESERVE = 600;

    private final Optional<Baseline> baseline;

    /** @param baseline the baseline given with {@code --baseline}, or empty when none was */
    public MarkdownReport(Optional<Baseline> baseline) {
        this.baseline = baseline;
    }

    /** Renders the comment body. */
    public String render(ScanResult result) {
        List<Row> rows = rows(result);
        String head = heading(result, rows) + summary(rows) + "\n";
        String howTo = howToFix(rows);
        if (rows.isEmpty()) {
            return head + howTo;
        }
        int budget = MAX_LENGTH - NOTE_RESERVE - utf8Length(head) - utf8Length(howTo) - utf8Length(tableHeader());

        List<String> tableRows = rows.stream().map(this::tableRow).toList();
        List<String> allSections = detailsSections(rows);
        boolean fitsWhole = totalLength(tableRows) + totalLength(allSections) <= budget;
        // When not everything fits, a third of the room goes to evidence, so the comment still shows some.
        int listed = leadingThatFit(tableRows, fitsWhole ? budget : budget * 2 / 3);
        budget -= totalLength(tableRows.subList(0, listed));

        List<String> sections = detailsSections(rows.subList(0, listed));
        int detailed = leadingThatFit(sections, budget);

        String note = truncationNote(rows.size() - listed, allSections.size() - detailed);
        return head + tableHeader() + String.join("", tableRows.subList(0, listed)) + "\n" + note
                + String.join("", sections.subList(0, detailed)) + howTo;
    }

    private static List<String> detailsSections(List<Row> rows) {
        List<String> sections = new ArrayList<>();
        for (Map.Entry<String, List<Row>> file : byFile(rows).entrySet()) {
            sections.add(detailsSection(file.getKey(), file.getValue()));
        }
        return sections;
    }

    /** Counts the leading parts whose lengths add up to at most {@code budget} bytes. */
    private static int leadingThatFit(List<String> parts, int budget) {
        int count = 0;
        int used = 0;
        for (String part : parts) {
            used += utf8Length(part);
            if (used > budget) {
                break;
            }
            count++;
        }
        return count;
    }

    private static int totalLength(List<String> parts) {
        int total = 0;
        for (String part : parts) {
            total += utf8Length(part);
        }
        return total;
    }

    /** A finding with what the report shows about it. */
    private record Row(Finding finding, boolean baselined) {
    }

    private List<Row> rows(ScanResult result) {
        List<String> fingerprints = baseline.isPresent() ? Fingerprints.compute(result) : List.of();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < result.findings().size(); i++) {
            boolean baselined = baseline.isPresent() && baseline.get().contains(fingerprints.get(i));
            rows.add(new Row(result.findings().get(i), baselined));
        }
        return rows;
    }

    private String heading(ScanResult result, List<Row> rows) {
        StringBuilder text = new StringBuilder("## applytoken: legacy token server calls\n\n");
        if (rows.isEmpty()) {
            text.append("No calls of the retired ApsaraMQ for MQTT token server in ")
                    .append(plural(result.filesScanned(), "scanned file")).append(".\n\n");
        } else {
            long baselined = rows.stream().filter(Row::baselined).count();
            text.append("**").append(plural(rows.size(), "finding")).append("** in **")
                    .append(plural(byFile(rows).size(), "file")).append("** (")
                    .append(plural(result.filesScanned(), "file")).append(" scanned)");
            if (baseline.isPresent()) {
                text.append(": ").append(rows.size() - baselined).append(" new, ")
                        .append(baselined).append(" in the baseline");
            }
            text.append(". Each calls, or points at, the retired ApsaraMQ for MQTT token server"
                    + " (`mqauth.aliyuncs.com`), switched off on 2020-12-31.\n\n");
        }
        if (!result.skipped().isEmpty()) {
            text.append(plural(result.skipped().size(), "file"))
                    .append(" could not be read completely; the JSON and SARIF reports give the reason for each.\n\n");
        }
        return text.toString();
    }

    private static String summary(List<Row> rows) {
        if (rows.isEmpty()) {
            return "";
        }
        StringBuilder table = new StringBuilder("| Operation | High | Medium | Total |\n|---|---:|---:|---:|\n");
        for (Operation operation : Operation.values()) {
            long high = count(rows, operation, Confidence.HIGH);
            long medium = count(rows, operation, Confidence.MEDIUM);
            if (high + medium > 0) {
                table.append("| ").append(operation.reportName()).append(" | ").append(high).append(" | ")
                        .append(medium).append(" | ").append(high + medium).append(" |\n");
            }
        }
        long automatic = rows.stream().filter(row -> row.finding().migration() == Migration.AUTO).count();
        table.append("\n").append(automatic).append(" of ").append(rows.size())
                .append(" can be migrated by `applytoken fix`; the rest need a change by hand.\n");
        return table.toString();
    }

    private static long count(List<Row> rows, Operation operation, Confidence confidence) {
        return rows.stream()
                .filter(row -> row.finding().operation() == operation && row.finding().confidence() == confidence)
                .count();
    }

    private String tableHeader() {
        return baseline.isPresent()
                ? "| File | Line | Operation | Confidence | Migration | Status |\n|---|---:|---|---|---|---|\n"
                : "| File | Line | Operation | Confidence | Migration |\n|---|---:|---|---|---|\n";
    }

    private String tableRow(Row row) {
        Finding finding = row.finding();
        StringBuilder line = new StringBuilder("| <code>").append(MarkdownText.escape(finding.file()))
                .append("</code> | ").append(finding.line())
                .append(" | ").append(finding.operation().reportName())
                .append(" | ").append(finding.confidence().reportName())
                .append(" | ").append(finding.migration().reportName());
        if (baseline.isPresent()) {
            line.append(" | ").append(row.baselined() ? "baselined" : "**new**");
        }
        return line.append(" |\n").toString();
    }

    private static Map<String, List<Row>> byFile(List<Row> rows) {
        Map<String, List<Row>> files = new LinkedHashMap<>();
        for (Row row : rows) {
            files.computeIfAbsent(row.finding().file(), file -> new ArrayList<>()).add(row);
        }
        return files;
    }

    private static String detailsSection(String file, List<Row> rows) {
        StringBuilder section = new StringBuilder("<details><summary><code>")
                .append(MarkdownText.escape(file)).append("</code>: ")
                .append(plural(rows.size(), "finding")).append("</summary>\n\n");
        for (Row row : rows) {
            Finding finding = row.finding();
            section.append("- line ").append(finding.line()).append(", ")
                    .append(finding.operation().reportName()).append(", ")
                    .append(finding.confidence().reportName()).append(" confidence\n");
            for (String evidence : finding.evidence()) {
                section.append("  - ").append(MarkdownText.escape(evidence)).append('\n');
            }
            if (finding.reason() != null && !finding.reason().isBlank()) {
                section.append("  - migration (").append(finding.migration().reportName()).append("): ")
                        .append(MarkdownText.escape(finding.reason())).append('\n');
            }
        }
        return section.append("\n</details>\n\n").toString();
    }

    private static String truncationNote(int omittedRows, int omittedDetails) {
        if (omittedRows == 0 && omittedDetails == 0) {
            return "";
        }
        StringBuilder note = new StringBuilder("> **Shortened to fit a pull-request comment:** ");
        if (omittedRows > 0) {
            note.append(plural(omittedRows, "finding")).append(" left out of the table");
        }
        if (omittedDetails > 0) {
            note.append(omittedRows > 0 ? ", and the evidence of " : "the evidence of ")
                    .append(plural(omittedDetails, "file")).append(" left out");
        }
        return note.append(". The JSON and SARIF reports (`--format json`, `--format sarif`) list all of them.\n\n")
                .toString();
    }

    private static String howToFix(List<Row> rows) {
        if (rows.isEmpty()) {
            return "";
        }
        return "### How to migrate\n\n"
                + "Run `" + MigrationAdvice.FIX_COMMAND + "` at the repository root, with the region of your"
                + " MQTT instance (such as `cn-hangzhou`): it rewrites the `auto` findings into ApplyToken,"
                + " RevokeToken and QueryToken calls of the OnsMqtt OpenAPI and adds the SDK to the build file."
                + " Add `--dry-run` to see the diff first. Findings marked `manual` need the same change by hand.\n";
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private static int utf8Length(CharSequence text) {
        return text.toString().getBytes(StandardCharsets.UTF_8).length;
    }
}
