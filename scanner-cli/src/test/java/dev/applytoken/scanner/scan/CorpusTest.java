package dev.applytoken.scanner.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Scans every case of the labelled corpus and compares the findings with its {@code expected.json}.
 * Prints precision and recall per language and overall; every case must match exactly.
 */
class CorpusTest {

    /** True positives, false positives and false negatives of one language. */
    private static final class Tally {
        int truePositives;
        int falsePositives;
        int falseNegatives;
    }

    private static final Map<String, Tally> TALLIES = new TreeMap<>();

    @TestFactory
    Stream<DynamicTest> everyCaseMatchesItsLabels() throws IOException {
        List<Corpus.Case> cases = Corpus.cases();
        assertThat(cases).as("corpus cases under " + Corpus.casesFolder()).isNotEmpty();
        return cases.stream().map(corpusCase -> DynamicTest.dynamicTest(corpusCase.name(), () -> check(corpusCase)));
    }

    private static void check(Corpus.Case corpusCase) throws IOException {
        ScanResult result = new Scanner().scan(corpusCase.folder(), Corpus.options(corpusCase));
        Set<Corpus.Label> found = Corpus.labels(result.findings());
        tally(corpusCase.expected(), found);

        Set<Corpus.Label> missing = new TreeSet<>(corpusCase.expected());
        missing.removeAll(found);
        Set<Corpus.Label> unexpected = new TreeSet<>(found);
        unexpected.removeAll(corpusCase.expected());
        assertThat(missing).as(corpusCase.name() + ": labelled but not found").isEmpty();
        assertThat(unexpected).as(corpusCase.name() + ": found but not labelled; findings " + result.findings())
                .isEmpty();
    }

    private static synchronized void tally(Set<Corpus.Label> expected, Set<Corpus.Label> found) {
        for (Corpus.Label label : found) {
            Tally tally = TALLIES.computeIfAbsent(language(label.file()), key -> new Tally());
            if (expected.contains(label)) {
                tally.truePositives++;
            } else {
                tally.falsePositives++;
            }
        }
        for (Corpus.Label label : expected) {
            if (!found.contains(label)) {
                TALLIES.computeIfAbsent(language(label.file()), key -> new Tally()).falseNegatives++;
            }
        }
    }

    private static String language(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        return Language.ofFileName(name).map(Language::reportName)
                .orElse(name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : name);
    }

    @AfterAll
    static void printPrecisionAndRecall() {
        Tally overall = new Tally();
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%-12s %6s %6s %6s %10s %8s", "language", "tp", "fp", "fn", "precision", "recall"));
        TALLIES.forEach((language, tally) -> {
            lines.add(row(language, tally));
            overall.truePositives += tally.truePositives;
            overall.falsePositives += tally.falsePositives;
            overall.falseNegatives += tally.falseNegatives;
        });
        lines.add(row("overall", overall));
        System.out.println("Corpus precision and recall, counted on (file, operation, confidence) labels:");
        lines.forEach(System.out::println);
    }

    private static String row(String language, Tally tally) {
        return String.format(Locale.ROOT, "%-12s %6d %6d %6d %9.1f%% %7.1f%%", language, tally.truePositives,
                tally.falsePositives, tally.falseNegatives,
                percent(tally.truePositives, tally.truePositives + tally.falsePositives),
                percent(tally.truePositives, tally.truePositives + tally.falseNegatives));
    }

    private static double percent(int part, int whole) {
        return whole == 0 ? 100.0 : 100.0 * part / whole;
    }
}
