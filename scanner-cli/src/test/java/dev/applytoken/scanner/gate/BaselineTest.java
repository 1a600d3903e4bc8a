package dev.applytoken.scanner.gate;

import static dev.applytoken.scanner.gate.TestFindings.APPLY_CALL_LINE;
import static dev.applytoken.scanner.gate.TestFindings.finding;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.applytoken.legacy.Confidence;
import dev.applytoken.legacy.Operation;
import dev.applytoken.scanner.ExitCodes;
import dev.applytoken.scanner.scan.ScanResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {

    private static final String FILE = "src/main/java/com/acme/fleet/VehicleTokens.java";

    @TempDir
    Path repository;

    @TempDir
    Path baselines;

    @Test
    void movedFindingStaysBaselined() throws IOException {
        TestFindings.writeSource(repository, FILE, TestFindings.legacyApplySource());
        Path baselineFile = baselines.resolve("applytoken-baseline.json");
        Baseline.write(scanWithCallsAt(APPLY_CALL_LINE), baselineFile);

        TestFindings.writeSource(repository, FILE,
                FingerprintsTest.withLinesInserted(TestFindings.legacyApplySource(), 3, 10));
        GateResult gate = Gate.evaluate(scanWithCallsAt(APPLY_CALL_LINE + 10), Baseline.read(baselineFile),
                FailOn.MEDIUM);

        assertThat(gate.baselinedFindings()).hasSize(1);
        assertThat(gate.newFindings()).isEmpty();
        assertThat(gate.failed()).isFalse();
        assertThat(gate.exitCode()).isEqualTo(ExitCodes.CLEAN);
    }

    @Test
    void secondIdenticalCallIsNew() throws IOException {
        TestFindings.writeSource(repository, FILE, TestFindings.legacyApplySource());
        Path baselineFile = baselines.resolve("applytoken-baseline.json");
        Baseline.write(scanWithCallsAt(APPLY_CALL_LINE), baselineFile);

        List<String> twoCalls = new ArrayList<>(TestFindings.legacyApplySource());
        twoCalls.add(APPLY_CALL_LINE, twoCalls.get(APPLY_CALL_LINE - 1));
        TestFindings.writeSource(repository, FILE, twoCalls);
        GateResult gate = Gate.evaluate(scanWithCallsAt(APPLY_CALL_LINE, APPLY_CALL_LINE + 1),
                Baseline.read(baselineFile), FailOn.MEDIUM);

        assertThat(gate.baselinedFindings()).hasSize(1);
        assertThat(gate.newFindings()).hasSize(1);
        assertThat(gate.failed()).isTrue();
        assertThat(gate.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    }

    @Test
    void fileListsFingerprintRuleFileAndLine() throws IOException {
        TestFindings.writeSource(repository, FILE, TestFindings.legacyApplySource());
        ScanResult result = scanWithCallsAt(APPLY_CALL_LINE);

        JsonObject json = JsonParser.parseString(Baseline.toJson(result)).getAsJsonObject();
        JsonObject entry = json.getAsJsonArray("findings").get(0).getAsJsonObject();

        assertThat(json.get("version").getAsInt()).isEqualTo(Baseline.FORMAT_VERSION);
        assertThat(json.get("fingerprintKind").getAsString()).isEqualTo(Fingerprints.SARIF_KEY);
        assertThat(entry.get("fingerprint").getAsString()).isEqualTo(Fingerprints.compute(result).get(0));
        assertThat(entry.get("ruleId").getAsString()).isEqualTo("applytoken/apply");
        assertThat(entry.get("file").getAsString()).isEqualTo(FILE);
        assertThat(entry.get("line").getAsInt()).isEqualTo(APPLY_CALL_LINE);
    }

    @Test
    void writeReplacesExistingFile() throws IOException {
        TestFindings.writeSource(repository, FILE, TestFindings.legacyApplySource());
        Path baselineFile = baselines.resolve("baseline.json");
        Files.writeString(baselineFile, "old content");

        Baseline.write(scanWithCallsAt(APPLY_CALL_LINE), baselineFile);

        assertThat(Baseline.read(baselineFile).size()).isEqualTo(1);
        try (var files = Files.list(baselines)) {
            assertThat(files).containsExactly(baselineFile);
        }
    }

    @Test
    void emptyBaselineContainsNothing() throws IOException {
        TestFindings.writeSource(repository, FILE, TestFindings.legacyApplySource());
        ScanResult result = scanWithCallsAt(APPLY_CALL_LINE);

        assertThat(Baseline.empty().contains(Fingerprints.compute(result).get(0))).isFalse();
        assertThat(Baseline.of(result).contains(Fingerprints.compute(result).get(0))).isTrue();
    }

    @Test
    void readRejectsOtherJson() throws IOException {
        Path file = baselines.resolve("results.sarif");
        Files.writeString(file, "{\"version\": \"2.1.0\", \"runs\": []}", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Baseline.read(file))
                .isInstanceOf(InvalidBaselineException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("--write-baseline");
    }

    @Test
    void readRejectsTruncatedFile() throws IOException {
        Path file = baselines.resolve("baseline.json");
        Files.writeString(file, "{\"tool\": \"applytoken\", \"version\": 1, \"findings\": [", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Baseline.read(file)).isInstanceOf(InvalidBaselineException.class);
    }

    @Test
    void readRejectsEntryWithoutFingerprint() throws IOException {
        Path file = baselines.resolve("baseline.json");
        Files.writeString(file, "{\"version\": 1, \"findings\": [{\"file\": \"A.java\"}]}", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Baseline.read(file))
                .isInstanceOf(InvalidBaselineException.class)
                .hasMessageContaining("no fingerprint");
    }

    private ScanResult scanWithCallsAt(int... lines) {
        List<dev.applytoken.scanner.scan.Finding> findings = new ArrayList<>();
        for (int line : lines) {
            findings.add(finding(FILE, line, Operation.APPLY, Confidence.HIGH));
        }
        return new ScanResult(repository, 1, findings, List.of());
    }
}
