package dev.applytoken.scanner.report;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.applytoken.scanner.gate.Baseline;
import dev.applytoken.scanner.scan.Finding;
import dev.applytoken.scanner.scan.ScanResult;
import dev.applytoken.scanner.scan.SkippedFile;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;

/**
 * Writes the JSON report: {@code root}, {@code filesScanned}, {@code findings} (each with {@code file},
 * {@code line}, {@code language}, {@code operation}, {@code confidence}, {@code evidence},
 * {@code migration}, {@code reason}) and {@code skipped} (each with {@code file}, {@code reason}).
 * These field names are a contract that CI jobs parse. With a baseline, each finding also has
 * {@code baselined} (true when the baseline contains it).
 */
public final class JsonReporter implements Reporter {

    private final Optional<Baseline> baseline;

    public JsonReporter() {
        this(Optional.empty());
    }

    public JsonReporter(Optional<Baseline> baseline) {
        this.baseline = baseline;
    }

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    @Override
    public void write(ScanResult result, Writer out) throws IOException {
        JsonObject report = new JsonObject();
        report.addProperty("root", result.root().toString());
        report.addProperty("filesScanned", result.filesScanned());
        JsonArray findings = new JsonArray();
        List<Boolean> baselined = BaselineMarks.of(result, baseline);
        for (int i = 0; i < result.findings().size(); i++) {
            JsonObject finding = toJson(result.findings().get(i));
            if (baseline.isPresent()) {
                finding.addProperty("baselined", baselined.get(i));
            }
            findings.add(finding);
        }
        report.add("findings", findings);
        JsonArray skipped = new JsonArray();
        for (SkippedFile file : result.skipped()) {
            JsonObject entry = new JsonObject();
            entry.addProperty("file", file.file());
            entry.addProperty("reason", file.reason());
            skipped.add(entry);
        }
        report.add("skipped", skipped);
        GSON.toJson(report, out);
        out.write(System.lineSeparator());
    }

    private static JsonObject toJson(Finding finding) {
        JsonObject entry = new JsonObject();
        entry.addProperty("file", finding.file());
        entry.addProperty("line", finding.line());
        entry.addProperty("language", finding.language());
        entry.addProperty("operation", finding.operation().reportName());
        entry.addProperty("confidence", finding.confidence().reportName());
        JsonArray evidence = new JsonArray();
        finding.evidence().forEach(evidence::add);
        entry.add("evidence", evidence);
        entry.addProperty("migration", finding.migration().reportName());
        entry.addProperty("reason", finding.reason());
        return entry;
    }
}
