package dev.applytoken.scanner.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import dev.applytoken.legacy.Confidence;
import dev.applytoken.legacy.Migration;
import dev.applytoken.legacy.Operation;
import dev.applytoken.scanner.gate.Baseline;
import dev.applytoken.scanner.gate.Fingerprints;
import dev.applytoken.scanner.io.SourceText;
import dev.applytoken.scanner.report.MarkdownReport;
import dev.applytoken.scanner.report.SarifReport;
import dev.applytoken.scanner.robustness.MutationCorpus.Mutant;
import dev.applytoken.scanner.scan.Finding;
import dev.applytoken.scanner.scan.ScanResult;
import dev.applytoken.scanner.scan.SkippedFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeds thousands of damaged corpus files to the code that reads files and renders reports. The seed
 * and count can be changed with {@code -Dapplytoken.mutation.seed=N} and {@code -Dapplytoken.mutation.count=N};
 * every failure message names the seed and the mutant index that reproduce it.
 */
class MutationRobustnessTest {

    private static final long SEED = Long.getLong("applytoken.mutation.seed", 20201231L);
    private static final int COUNT = Integer.getInteger("applytoken.mutation.count", 3_000);

    /** Every heavy mutant, and one light mutant in this many, is also written to disk and reported. */
    private static final int REPORT_EVERY = 10;

    @TempDir
    Path workspace;

    @Test
    void decodingKeepsExactBytes() throws Exception {
        MutationCorpus corpus = MutationCorpus.fromFolder(MutationCorpusTest.CASES, SEED);
        System.out.println("mutation seed " + SEED + ", " + COUNT + " mutants");
        List<String> failures = new ArrayList<>();

        for (int index = 0; index < COUNT; index++) {
            Mutant mutant = corpus.mutant(index);
            try {
                SourceText text = SourceText.decode(mutant.bytes());
                if (!Arrays.equals(text.encode(), mutant.bytes())) {
                    failures.add(describe(mutant) + ": encode() changed the bytes (charset " + text.charset()
                            + ", separator " + text.lineSeparator().replace("\r", "\\r").replace("\n", "\\n") + ")");
                }
            } catch (RuntimeException | Error e) {
                failures.add(describe(mutant) + ": decode threw " + e);
            }
        }

        assertThat(failures).isEmpty();
    }

    @Test
    void reportsAndFingerprintsHandleDamagedFiles() throws Exception {
        MutationCorpus corpus = MutationCorpus.fromFolder(MutationCorpusTest.CASES, SEED);
        List<String> failures = new ArrayList<>();
        int reported = 0;

        for (int index = 0; index < COUNT; index++) {
            if (!corpus.kindOf(index).heavy() && index % REPORT_EVERY != 0) {
                continue;
            }
            Mutant mutant = corpus.mutant(index);
            try {
                checkReports(mutant);
                reported++;
            } catch (RuntimeException | Error e) {
                failures.add(describe(mutant) + ": " + e);
            }
        }

        assertThat(failures).isEmpty();
        assertThat(reported).isGreaterThan(COUNT / REPORT_EVERY);
    }

    /** Writes the mutant under a fresh root, then fingerprints and renders findings that quote it. */
    private void checkReports(Mutant mutant) throws Exception {
        Path root = Files.createDirectories(workspace.resolve("m" + mutant.index()));
        Path file = root.resolve(mutant.source().path());
        Files.createDirectories(file.getParent());
        Files.write(file, mutant.bytes());
        String text = SourceText.decode(mutant.bytes()).text();
        int lines = (int) text.chars().filter(c -> c == '\n').count() + 1;
        SplittableRandom random = new SplittableRandom(SEED + mutant.index());
        String quote = text.substring(0, Math.min(text.length(), 300));
        List<Finding> findings = List.of(
                finding(mutant, 1, Operation.APPLY, quote),
                finding(mutant, 1 + random.nextInt(lines), Operation.REVOKE, quote),
                finding(mutant, lines + 5, Operation.REFERENCE, quote));
        ScanResult result = new ScanResult(root, 1, findings,
                List.of(new SkippedFile(mutant.source().path(), "damaged: " + quote)));

        List<String> fingerprints = Fingerprints.compute(result);
        assertThat(fingerprints).hasSize(3).allMatch(fingerprint -> fingerprint.matches("[0-9a-f]{64}"));
        assertThat(fingerprints).doesNotHaveDuplicates();

        String sarif = new SarifReport("0.1.0", Optional.of(Baseline.of(result))).render(result);
        assertThat(JsonParser.parseString(sarif).getAsJsonObject().getAsJsonArray("runs").get(0).getAsJsonObject()
                .getAsJsonArray("results")).hasSize(3);

        String markdown = new MarkdownReport(Optional.empty()).render(result);
        assertThat(markdown.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(MarkdownReport.MAX_LENGTH);
        assertThat(markdown).doesNotContain("\0").doesNotContain("<script");

        deleteTree(root);
    }

    private static Finding finding(Mutant mutant, int line, Operation operation, String quote) {
        return new Finding(mutant.source().path(), line, "java", operation, Confidence.MEDIUM,
                List.of("line text: " + quote), Migration.MANUAL, "damaged file " + mutant.kind());
    }

    private String describe(Mutant mutant) {
        return "seed " + SEED + " index " + mutant.index() + " (" + mutant.kind() + " of " + mutant.source().path() + ")";
    }

    private static void deleteTree(Path root) throws Exception {
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(path);
            }
        }
    }
}
