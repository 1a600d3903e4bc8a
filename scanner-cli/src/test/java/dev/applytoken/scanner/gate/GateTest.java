package dev.applytoken.scanner.gate;

import static dev.applytoken.scanner.gate.TestFindings.APPLY_CALL_LINE;
import static dev.applytoken.scanner.gate.TestFindings.finding;
import static org.assertj.core.api.Assertions.assertThat;

import dev.applytoken.legacy.Confidence;
import dev.applytoken.legacy.Operation;
import dev.applytoken.scanner.ExitCodes;
import dev.applytoken.scanner.scan.Finding;
import dev.applytoken.scanner.scan.ScanResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GateTest {

    private static final String FILE = "src/main/java/com/acme/fleet/VehicleTokens.java";

    @TempDir
    Path repository;

    @Test
    void noFindingsPasses() {
        GateResult gate = Gate.evaluate(new ScanResult(repository, 12, List.of(), List.of()), Baseline.empty(),
                FailOn.HIGH);

        assertThat(gate.failed()).isFalse();
        assertThat(gate.exitCode()).isEqualTo(ExitCodes.CLEAN);
    }

    @Test
    void policyJudgesOnlyNewFindings() throws IOException {
        TestFindings.writeSource(repository, FILE, TestFindings.legacyApplySource());
        Finding accepted = finding(FILE, APPLY_CALL_LINE, Operation.APPLY, Confidence.HIGH);
        Finding fresh = finding(FILE, 3, Operation.REFERENCE, Confidence.MEDIUM);
        Baseline baseline = Baseline.of(new ScanResult(repository, 1, List.of(accepted), List.of()));
        ScanResult result = new ScanResult(repository, 1, List.of(fresh, accepted), List.of());

        GateResult high = Gate.evaluate(result, baseline, FailOn.HIGH);
        GateResult medium = Gate.evaluate(result, baseline, FailOn.MEDIUM);

        assertThat(high.newFindings()).containsExactly(fresh);
        assertThat(high.baselinedFindings()).containsExactly(accepted);
        assertThat(high.failed()).isFalse();
        assertThat(medium.failed()).isTrue();
        assertThat(medium.failOn()).isEqualTo(FailOn.MEDIUM);
    }

    @Test
    void neverPassesWithFindings() throws IOException {
        TestFindings.writeSource(repository, FILE, TestFindings.legacyApplySource());
        ScanResult result = new ScanResult(repository, 1,
                List.of(finding(FILE, APPLY_CALL_LINE, Operation.APPLY, Confidence.HIGH)), List.of());

        GateResult gate = Gate.evaluate(result, Baseline.empty(), FailOn.NEVER);

        assertThat(gate.newFindings()).hasSize(1);
        assertThat(gate.exitCode()).isEqualTo(ExitCodes.CLEAN);
    }
}
