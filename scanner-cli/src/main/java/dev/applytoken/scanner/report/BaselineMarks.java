package dev.applytoken.scanner.report;

import dev.applytoken.scanner.gate.Baseline;
import dev.applytoken.scanner.gate.Fingerprints;
import dev.applytoken.scanner.scan.ScanResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Tells, for each finding of a result in order, whether a baseline already contains it. */
final class BaselineMarks {

    private BaselineMarks() {
    }

    /** Returns one mark per finding; all false when there is no baseline. */
    static List<Boolean> of(ScanResult result, Optional<Baseline> baseline) {
        List<Boolean> marks = new ArrayList<>();
        if (baseline.isEmpty()) {
            result.findings().forEach(finding -> marks.add(Boolean.FALSE));
            return marks;
        }
        for (String fingerprint : Fingerprints.compute(result)) {
            marks.add(baseline.get().contains(fingerprint));
        }
        return marks;
    }
}
