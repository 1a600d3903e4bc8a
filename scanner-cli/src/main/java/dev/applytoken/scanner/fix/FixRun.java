package dev.applytoken.scanner.fix;

import dev.applytoken.MigrateToApplyTokenApi;
import dev.applytoken.legacy.LegacyTokenServer;
import dev.applytoken.legacy.Operation;
import dev.applytoken.rewrite.MigrationSettings;
import dev.applytoken.rewrite.TargetSdk;
import dev.applytoken.rewrite.table.MigrationOutcomes;
import dev.applytoken.scanner.fix.BuildFileEditor.Dependency;
import dev.applytoken.scanner.io.SourceText;
import dev.applytoken.scanner.scan.Finding;
import dev.applytoken.scanner.scan.ScanOptions;
import dev.applytoken.scanner.scan.ScanResult;
import dev.applytoken.scanner.scan.Scanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One {@code fix} run: scans the root, migrates the Java files that call the legacy token server,
 * adds the target SDK to the build files of the changed modules, and collects what is left for a person.
 * It writes nothing itself; {@link FixReport#write} does.
 */
public final class FixRun {

    private FixRun() {
    }

    /** Returns the uncommitted changes of the git work tree around {@code root}; empty when clean or not in git. */
    public static List<String> uncommittedChanges(Path root) {
        return GitWorkTree.uncommittedChanges(root).orElse(List.of());
    }

    /** Plans the migration of {@code root} (absolute, normalised) with the given, already validated, settings. */
    public static FixReport run(Path root, MigrationSettings settings, ScanOptions scanOptions) throws IOException {
        ScanResult scan = new Scanner().scan(root, scanOptions);
        List<Path> javaFiles = javaFilesToParse(scan);
        JavaMigration.Outcome migration = JavaMigration.run(root, javaFiles, recipe(settings));
        List<MigrationOutcomes.Row> rows = migration.recipeRun().getDataTableRows(MigrationOutcomes.class);

        List<FileEdit> edits = new ArrayList<>();
        for (JavaMigration.FileChange change : migration.changes()) {
            edits.add(new FileEdit(change.file(), change.before(), change.after()));
        }
        List<String> buildNotes = new ArrayList<>();
        edits.addAll(buildFileEdits(root, edits, settings.targetSdk(), buildNotes));

        List<String> problems = new ArrayList<>();
        scan.skipped().forEach(skipped -> problems.add(skipped.file() + ": " + skipped.reason()));
        migration.problems().forEach(problem -> problems.add(problem.file() + ": " + problem.message()));

        return new FixReport(scan.findings().size(), edits, migrated(rows), manualSteps(scan, rows, edits),
                buildNotes, problems);
    }

    private static MigrateToApplyTokenApi recipe(MigrationSettings settings) {
        return new MigrateToApplyTokenApi(settings.regionId(),
                settings.endpointHost() == null ? null
                        : (settings.plainHttp() ? "http://" : "") + settings.endpointHost(),
                settings.credentials().optionValue(), settings.targetSdk().optionValue(), settings.instanceId());
    }

    /**
     * Returns the Java files with a finding. Constants files that hold the legacy host are findings too
     * (references), so the recipe sees the constants that the request sites use.
     */
    private static List<Path> javaFilesToParse(ScanResult scan) {
        Set<String> files = new TreeSet<>();
        for (Finding finding : scan.findings()) {
            if (finding.file().endsWith(".java")) {
                files.add(finding.file());
            }
        }
        return files.stream().map(Path::of).toList();
    }

    private static List<FileEdit> buildFileEdits(Path root, List<FileEdit> javaEdits, TargetSdk sdk, List<String> notes)
            throws IOException {
        Dependency dependency = new Dependency(sdk.groupId(), sdk.artifactId(), sdk.version());
        Map<Path, Boolean> buildFiles = new LinkedHashMap<>();
        for (FileEdit edit : javaEdits) {
            Optional<Path> buildFile = nearestBuildFile(root, edit.file());
            if (buildFile.isEmpty()) {
                notes.add(edit.displayPath() + ": no pom.xml or build.gradle(.kts) above it; add "
                        + sdk.coordinates() + " to its build by hand.");
            } else {
                buildFiles.putIfAbsent(buildFile.get(), Boolean.TRUE);
            }
        }

        List<FileEdit> edits = new ArrayList<>();
        for (Path buildFile : buildFiles.keySet()) {
            SourceText before = SourceText.read(root.resolve(buildFile));
            Optional<String> after = BuildFileEditor.addDependency(buildFile.getFileName().toString(),
                    before.text(), dependency);
            String display = buildFile.toString().replace('\\', '/');
            if (after.isPresent()) {
                edits.add(new FileEdit(buildFile, before, before.withText(after.get())));
                notes.add(display + ": added " + sdk.coordinates() + ".");
            } else {
                notes.add(display + ": already declares " + sdk.groupId() + ":" + sdk.artifactId() + ".");
            }
        }
        return edits;
    }

    private static Optional<Path> nearestBuildFile(Path root, Path javaFile) {
        Path folder = javaFile.getParent();
        while (true) {
            Path absolute = folder == null ? root : root.resolve(folder);
            for (String name : List.of("pom.xml", "build.gradle.kts", "build.gradle")) {
                if (Files.isRegularFile(absolute.resolve(name))) {
                    return Optional.of(folder == null ? Path.of(name) : folder.resolve(name));
                }
            }
            if (folder == null) {
                return Optional.empty();
            }
            folder = folder.getParent();
        }
    }

    private static List<MigrationOutcomes.Row> migrated(List<MigrationOutcomes.Row> rows) {
        return rows.stream().filter(row -> MigrationOutcomes.MIGRATED.equals(row.outcome())).toList();
    }

    /**
     * Lists what a person must still do: calls the recipe left with a reason, and findings the recipe did
     * not meet at all (other languages, configuration, Java it could not parse) or that still name the
     * legacy host after the migration.
     */
    private static List<ManualStep> manualSteps(ScanResult scan, List<MigrationOutcomes.Row> rows, List<FileEdit> edits) {
        List<ManualStep> steps = new ArrayList<>();
        Set<String> handled = new TreeSet<>();
        for (MigrationOutcomes.Row row : rows) {
            handled.add(row.sourcePath() + "#" + row.operation());
            if (MigrationOutcomes.MANUAL.equals(row.outcome())) {
                steps.add(new ManualStep(row.sourcePath(), row.line() == null ? 0 : row.line(),
                        row.operation(), row.reason()));
            }
        }
        Map<String, String> textAfter = new LinkedHashMap<>();
        edits.forEach(edit -> textAfter.put(edit.displayPath(), edit.after().text()));

        for (Finding finding : scan.findings()) {
            String key = finding.file() + "#" + finding.operation().reportName();
            if (handled.contains(key)) {
                continue;
            }
            if (finding.operation() == Operation.REFERENCE && textAfter.containsKey(finding.file())
                    && LegacyTokenServer.findHost(textAfter.get(finding.file())).isEmpty()) {
                continue;
            }
            steps.add(new ManualStep(finding.file(), finding.line(), finding.operation().reportName(),
                    manualReason(finding)));
        }
        steps.sort((a, b) -> a.file().equals(b.file()) ? Integer.compare(a.line(), b.line()) : a.file().compareTo(b.file()));
        return steps;
    }

    private static String manualReason(Finding finding) {
        if (!"java".equals(finding.language())) {
            return finding.reason();
        }
        if (finding.operation() == Operation.REFERENCE) {
            return "still names the legacy token server; remove it, or point it at the ApplyToken API.";
        }
        return "the migration did not recognise this call's shape; migrate it by hand. " + finding.reason();
    }
}
