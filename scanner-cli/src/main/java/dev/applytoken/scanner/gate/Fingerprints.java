package dev.applytoken.scanner.gate;

import dev.applytoken.legacy.Operation;
import dev.applytoken.scanner.scan.Finding;
import dev.applytoken.scanner.scan.ScanResult;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Fingerprints of findings that stay the same when code above a finding is added or removed.
 *
 * <p>A fingerprint is the SHA-256, in lower-case hex, of the rule id, the root-relative file, the
 * finding's line text with whitespace runs collapsed to one space and the ends stripped, and the
 * occurrence index of that (rule, file, text) triple among the file's findings in line order, joined
 * with NUL characters. Moving a finding keeps it; renaming the file, editing the line, or adding an
 * identical line above it changes it. The SARIF report and the baseline file use the same value.
 */
public final class Fingerprints {

    /** The key under which the SARIF report stores the fingerprint in {@code partialFingerprints}. */
    public static final String SARIF_KEY = "applytokenLineHash/v1";

    private static final String RULE_PREFIX = "applytoken/";

    private Fingerprints() {
    }

    /** Returns the SARIF rule id of an operation, such as {@code applytoken/apply}. */
    public static String ruleId(Operation operation) {
        return RULE_PREFIX + operation.reportName();
    }

    /**
     * Computes the fingerprint of every finding, reading each affected file under the result's root.
     *
     * @return fingerprints in the order of {@code result.findings()}
     */
    public static List<String> compute(ScanResult result) {
        return compute(result.findings(), new SourceLines(result.root()));
    }

    /** Computes fingerprints with lines from {@code lines}, in the order of {@code findings}. */
    public static List<String> compute(List<Finding> findings, SourceLines lines) {
        Integer[] order = new Integer[findings.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparing(findings::get, Finding.ORDER));

        String[] fingerprints = new String[findings.size()];
        Map<String, Integer> occurrences = new HashMap<>();
        for (int index : order) {
            Finding finding = findings.get(index);
            String rule = ruleId(finding.operation());
            String text = normalise(lines.line(finding.file(), finding.line()));
            String key = rule + '\0' + finding.file() + '\0' + text;
            int occurrence = occurrences.merge(key, 1, Integer::sum) - 1;
            fingerprints[index] = hash(key + '\0' + occurrence);
        }
        return new ArrayList<>(Arrays.asList(fingerprints));
    }

    /** Collapses every whitespace run to one space and strips both ends. */
    public static String normalise(String line) {
        return line.strip().replaceAll("\\s+", " ");
    }

    private static String hash(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
