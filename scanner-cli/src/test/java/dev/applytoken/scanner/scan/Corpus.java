package dev.applytoken.scanner.scan;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/** The labelled case corpus under {@code testdata/cases}: one folder per case with its {@code expected.json}. */
final class Corpus {

    /** A labelled (file, operation, confidence) triple; a case lists each (file, operation) once. */
    record Label(String file, String operation, String confidence) implements Comparable<Label> {
        @Override
        public int compareTo(Label other) {
            return toString().compareTo(other.toString());
        }
    }

    record Case(String name, Path folder, List<String> scanOptions, Set<Label> expected) {
    }

    private Corpus() {
    }

    static Path casesFolder() {
        Path folder = Path.of("").toAbsolutePath();
        while (folder != null && !Files.isDirectory(folder.resolve("testdata/cases"))) {
            folder = folder.getParent();
        }
        if (folder == null) {
            throw new IllegalStateException("testdata/cases not found above " + Path.of("").toAbsolutePath());
        }
        return folder.resolve("testdata/cases");
    }

    static List<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (Stream<Path> folders = Files.list(casesFolder())) {
            for (Path folder : folders.filter(path -> Files.isRegularFile(path.resolve("expected.json"))).sorted().toList()) {
                JsonObject expected = JsonParser.parseString(
                        Files.readString(folder.resolve("expected.json"), StandardCharsets.UTF_8)).getAsJsonObject();
                List<String> options = new ArrayList<>();
                if (expected.has("scanOptions")) {
                    expected.getAsJsonArray("scanOptions").forEach(option -> options.add(option.getAsString()));
                }
                Set<Label> labels = new TreeSet<>();
                for (JsonElement element : expected.getAsJsonArray("findings")) {
                    JsonObject finding = element.getAsJsonObject();
                    labels.add(new Label(finding.get("file").getAsString(), finding.get("operation").getAsString(),
                            finding.get("confidence").getAsString()));
                }
                cases.add(new Case(folder.getFileName().toString(), folder, options, labels));
            }
        }
        return cases;
    }

    /** Returns the scan options a case lists. The case's {@code expected.json} is excluded, because it is no scanned input. */
    static ScanOptions options(Case corpusCase) {
        ScanOptions options = ScanOptions.defaults().withExcludes(List.of("expected.json"));
        for (String option : corpusCase.scanOptions()) {
            if (option.equals("--include-comments")) {
                options = options.withIncludeComments(true);
            } else {
                throw new IllegalArgumentException(corpusCase.name() + ": scan option not understood by the test: " + option);
            }
        }
        return options;
    }

    /**
     * Reduces findings to labels: one per (file, operation), with the highest confidence among the
     * findings of that pair, as the corpus labels them.
     */
    static Set<Label> labels(List<Finding> findings) {
        Map<String, Label> best = new TreeMap<>();
        for (Finding finding : findings) {
            String key = finding.file() + "\n" + finding.operation().reportName();
            Label label = new Label(finding.file(), finding.operation().reportName(), finding.confidence().reportName());
            Label known = best.get(key);
            if (known == null || known.confidence().equals("medium") && label.confidence().equals("high")) {
                best.put(key, label);
            }
        }
        return new TreeSet<>(best.values());
    }
}
