package dev.applytoken.scanner.gate;

import dev.applytoken.scanner.scan.Finding;
import dev.applytoken.scanner.scan.ScanResult;
import java.util.ArrayList;
import java.util.List;

/** Decides whether a scan fails a CI run, after the baseline has accepted known findings. */
public final class Gate {

    private Gate() {
    }

    /**
     * Splits the findings into new and baselined ones and applies the policy to the new ones.
     * Pass {@link Baseline#empty()} when no {@code --baseline} was given.
     */
    public static GateResult evaluate(ScanResult result, Baseline baseline, FailOn failOn) {
        List<String> fingerprints = Fingerprints.compute(result);
        List<Finding> fresh = new ArrayList<>();
        List<Finding> baselined = new ArrayList<>();
        for (int i = 0; i < result.findings().size(); i++) {
            Finding finding = result.findings().get(i);
            if (baseline.contains(fingerprints.get(i))) {
                baselined.add(finding);
            } else {
                fresh.add(finding);
            }
        }
        return new GateResult(fresh, baselined, failOn, failOn.failsOn(fresh));
    }
}
