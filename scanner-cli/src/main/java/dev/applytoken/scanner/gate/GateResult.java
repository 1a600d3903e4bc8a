package dev.applytoken.scanner.gate;

import dev.applytoken.scanner.ExitCodes;
import dev.applytoken.scanner.scan.Finding;
import java.util.List;

/**
 * The outcome of the {@code --fail-on} decision.
 *
 * @param newFindings       findings not in the baseline: the ones the policy judged
 * @param baselinedFindings findings the baseline accepted; reports still list them, marked
 * @param failOn            the policy applied
 * @param failed            whether a new finding fails the run under the policy
 */
public record GateResult(List<Finding> newFindings, List<Finding> baselinedFindings, FailOn failOn, boolean failed) {

    public GateResult {
        newFindings = List.copyOf(newFindings);
        baselinedFindings = List.copyOf(baselinedFindings);
    }

    /** Returns the exit code of {@code scan}: {@link ExitCodes#FINDINGS} if failed, else {@link ExitCodes#CLEAN}. */
    public int exitCode() {
        return failed ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
    }
}
