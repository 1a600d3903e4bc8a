package dev.applytoken.scanner.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.applytoken.FindLegacyTokenCalls;
import dev.applytoken.legacy.ConfigEntries;
import dev.applytoken.rewrite.table.LegacyTokenCalls;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.openrewrite.InMemoryExecutionContext;
import org.openrewrite.Parser;
import org.openrewrite.RecipeRun;
import org.openrewrite.SourceFile;
import org.openrewrite.internal.InMemoryLargeSourceSet;
import org.openrewrite.java.JavaParser;
import org.openrewrite.text.PlainTextParser;

/**
 * Runs the {@code FindLegacyTokenCalls} recipe over the Java files (and Spring configuration) of every
 * corpus case and checks that it finds the same (file, operation, confidence) labels in the Java files
 * as the scanner. Cases that need {@code --include-comments} are left out: the recipe has no such option.
 */
class ScannerAgreementTest {

    @TestFactory
    Stream<DynamicTest> recipeAgreesWithScanner() throws IOException {
        return Corpus.cases().stream()
                .filter(corpusCase -> corpusCase.scanOptions().isEmpty())
                .map(corpusCase -> DynamicTest.dynamicTest(corpusCase.name(), () -> check(corpusCase)));
    }

    private static void check(Corpus.Case corpusCase) throws IOException {
        ScanResult scan = new Scanner().scan(corpusCase.folder(), Corpus.options(corpusCase));
        List<Finding> javaFindings = scan.findings().stream().filter(finding -> finding.language().equals("java")).toList();
        Set<Corpus.Label> scanner = Corpus.labels(javaFindings);

        Set<Corpus.Label> recipe = recipeLabels(corpusCase.folder());

        assertThat(recipe).as(corpusCase.name() + ": recipe labels versus scanner labels").isEqualTo(scanner);
    }

    private static Set<Corpus.Label> recipeLabels(Path folder) throws IOException {
        List<Path> javaFiles = new ArrayList<>();
        List<Path> configFiles = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            files.filter(Files::isRegularFile).forEach(file -> {
                String name = file.getFileName().toString();
                if (name.endsWith(".java")) {
                    javaFiles.add(file);
                } else if (ConfigEntries.isConfigFile(name)) {
                    configFiles.add(file);
                }
            });
        }
        InMemoryExecutionContext ctx = new InMemoryExecutionContext(Throwable::printStackTrace);
        List<SourceFile> sources = new ArrayList<>();
        JavaParser.fromJavaVersion().build().parseInputs(inputs(javaFiles), folder, ctx).forEach(sources::add);
        PlainTextParser.builder().build().parseInputs(inputs(configFiles), folder, ctx).forEach(sources::add);

        RecipeRun run = new FindLegacyTokenCalls().run(new InMemoryLargeSourceSet(sources), ctx);
        List<LegacyTokenCalls.Row> rows = run.getDataTableRows(LegacyTokenCalls.class);

        Map<String, Corpus.Label> best = new TreeMap<>();
        for (LegacyTokenCalls.Row row : rows) {
            String key = row.sourcePath() + "\n" + row.operation();
            Corpus.Label known = best.get(key);
            if (known == null || known.confidence().equals("medium") && row.confidence().equals("high")) {
                best.put(key, new Corpus.Label(row.sourcePath(), row.operation(), row.confidence()));
            }
        }
        return new TreeSet<>(best.values());
    }

    private static List<Parser.Input> inputs(List<Path> files) {
        return files.stream().map(file -> new Parser.Input(file, () -> {
            try {
                return Files.newInputStream(file);
            } catch (IOException failure) {
                throw new UncheckedIOException(failure);
            }
        })).toList();
    }
}
