package dev.applytoken.scanner.gate;

import static dev.applytoken.scanner.gate.TestFindings.APPLY_CALL_LINE;
import static dev.applytoken.scanner.gate.TestFindings.finding;
import static org.assertj.core.api.Assertions.assertThat;

import dev.applytoken.legacy.Confidence;
import dev.applytoken.legacy.Operation;
import dev.applytoken.scanner.scan.Finding;
import dev.applytoken.scanner.scan.ScanResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FingerprintsTest {

    private static final String FILE = "src/main/java/com/acme/fleet/VehicleTokens.java";

    @TempDir
    Path before;

    @TempDir
    Path after;

    @Test
    void fingerprintSurvivesLineMove() throws IOException {
        TestFindings.writeSource(before, FILE, TestFindings.legacyApplySource());
        TestFindings.writeSource(after, FILE, withLinesInserted(TestFindings.legacyApplySource(), 3, 10));

        String original = fingerprintOf(before, APPLY_CALL_LINE);
        String moved = fingerprintOf(after, APPLY_CALL_LINE + 10);

        assertThat(moved).isEqualTo(original);
    }

    @Test
    void fingerprintIgnoresIndentationAndInnerSpaces() throws IOException {
        List<String> reformatted = new ArrayList<>(TestFindings.legacyApplySource());
        String call = reformatted.get(APPLY_CALL_LINE - 1);
        reformatted.set(APPLY_CALL_LINE - 1, "\t" + call.strip().replace(", ", ",   ") + "  \r");
        TestFindings.writeSource(before, FILE, TestFindings.legacyApplySource());
        TestFindings.writeSource(after, FILE, reformatted);

        assertThat(fingerprintOf(after, APPLY_CALL_LINE)).isEqualTo(fingerprintOf(before, APPLY_CALL_LINE));
    }

    @Test
    void fingerprintChangesWithLineText() throws IOException {
        List<String> edited = new ArrayList<>(TestFindings.legacyApplySource());
        edited.set(APPLY_CALL_LINE - 1, edited.get(APPLY_CALL_LINE - 1).replace("3600000L", "7200000L"));
        TestFindings.writeSource(before, FILE, TestFindings.legacyApplySource());
        TestFindings.writeSource(after, FILE, edited);

        assertThat(fingerprintOf(after, APPLY_CALL_LINE)).isNotEqualTo(fingerprintOf(before, APPLY_CALL_LINE));
    }

    @Test
    void fingerprintChangesWithFileRename() throws IOException {
        TestFindings.writeSource(before, FILE, TestFindings.legacyApplySource());
        TestFindings.writeSource(before, "Renamed.java", TestFindings.legacyApplySource());
        ScanResult result = new ScanResult(before, 2, List.of(
                finding(FILE, APPLY_CALL_LINE, Operation.APPLY, Confidence.HIGH),
                finding("Renamed.java", APPLY_CALL_LINE, Operation.APPLY, Confidence.HIGH)), List.of());

        List<String> fingerprints = Fingerprints.compute(result);

        assertThat(fingerprints.get(0)).isNotEqualTo(fingerprints.get(1));
    }

    @Test
    void fingerprintDependsOnRule() throws IOException {
        TestFindings.writeSource(before, FILE, TestFindings.legacyApplySource());
        ScanResult result = new ScanResult(before, 1, List.of(
                finding(FILE, APPLY_CALL_LINE, Operation.APPLY, Confidence.HIGH),
                finding(FILE, APPLY_CALL_LINE, Operation.REFERENCE, Confidence.HIGH)), List.of());

        List<String> fingerprints = Fingerprints.compute(result);

        assertThat(fingerprints.get(0)).isNotEqualTo(fingerprints.get(1));
    }

    @Test
    void identicalLinesGetOccurrenceIndex() throws IOException {
        List<String> twice = new ArrayList<>(TestFindings.legacyApplySource());
        twice.add(APPLY_CALL_LINE, twice.get(APPLY_CALL_LINE - 1));
        TestFindings.writeSource(before, FILE, twice);
        ScanResult result = new ScanResult(before, 1, List.of(
                finding(FILE, APPLY_CALL_LINE, Operation.APPLY, Confidence.HIGH),
                finding(FILE, APPLY_CALL_LINE + 1, Operation.APPLY, Confidence.HIGH)), List.of());

        List<String> fingerprints = Fingerprints.compute(result);

        assertThat(fingerprints.get(0)).isNotEqualTo(fingerprints.get(1));
    }

    @Test
    void fingerprintsFollowInputOrder() throws IOException {
        TestFindings.writeSource(before, FILE, TestFindings.legacyApplySource());
        Finding first = finding(FILE, 3, Operation.REFERENCE, Confidence.MEDIUM);
        Finding second = finding(FILE, APPLY_CALL_LINE, Operation.APPLY, Confidence.HIGH);

        List<String> sorted = Fingerprints.compute(new ScanResult(before, 1, List.of(first, second), List.of()));
        List<String> reversed = Fingerprints.compute(new ScanResult(before, 1, List.of(second, first), List.of()));

        assertThat(reversed).containsExactly(sorted.get(1), sorted.get(0));
    }

    @Test
    void missingFileOrLineStillFingerprints() {
        ScanResult result = new ScanResult(before, 0, List.of(
                finding("gone/Deleted.java", 4, Operation.QUERY, Confidence.HIGH),
                finding("gone/Deleted.java", 0, Operation.QUERY, Confidence.HIGH)), List.of());

        List<String> fingerprints = Fingerprints.compute(result);

        assertThat(fingerprints).hasSize(2);
        assertThat(fingerprints.get(0)).matches("[0-9a-f]{64}");
        assertThat(fingerprints.get(1)).isNotEqualTo(fingerprints.get(0));
    }

    @Test
    void normaliseCollapsesWhitespace() {
        assertThat(Fingerprints.normalise("  a \t b\r")).isEqualTo("a b");
    }

    @Test
    void ruleIdNamesOperation() {
        assertThat(Fingerprints.ruleId(Operation.APPLY)).isEqualTo("applytoken/apply");
        assertThat(Fingerprints.ruleId(Operation.REFERENCE)).isEqualTo("applytoken/reference");
    }

    private static String fingerprintOf(Path root, int line) {
        ScanResult result = new ScanResult(root, 1,
                List.of(finding(FILE, line, Operation.APPLY, Confidence.HIGH)), List.of());
        return Fingerprints.compute(result).get(0);
    }

    static List<String> withLinesInserted(List<String> lines, int afterLine, int count) {
        List<String> result = new ArrayList<>(lines.subList(0, afterLine));
        for (int i = 0; i < count; i++) {
            result.add("    private static final int INSERTED_" + i + " = " + i + ";");
        }
        result.addAll(lines.subList(afterLine, lines.size()));
        return result;
    }
}
