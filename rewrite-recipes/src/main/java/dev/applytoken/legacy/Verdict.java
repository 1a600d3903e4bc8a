package dev.applytoken.legacy;

import java.util.List;

/**
 * The judgement on one operation at one request site: what it calls, how sure the judge is, the
 * evidence a reviewer can check, and whether the migration can take it (with the reason if not).
 */
public record Verdict(Operation operation, Confidence confidence, List<String> evidence,
                      Migration migration, String reason) {

    public Verdict {
        evidence = List.copyOf(evidence);
    }
}
