package dev.applytoken.scanner.fix;

import dev.applytoken.MigrateToApplyTokenApi;
import dev.applytoken.legacy.Operation;
import dev.applytoken.legacy.RequestSite;
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
import java.util.Comparator;
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

    /**
     * Returns the path of {@code root} inside its git work tree, with a trailing {@code /} ({@code ""} at the
     * top or outside git), which patch paths start with so that {@code git apply} works from the top.
     */
    public static String pathInWorkTree(Path root) {
        return GitWorkTree.prefix(root).orElse("");
    }

    /** Returns the uncommitted changes of the git work tree around {@code root}; empty when clean or not in git. */
    public static List<String> uncommittedChanges(Path root) {
        return GitWorkTree.uncommittedChanges(root).orElse(List.of());
    }

    /** Plans the migration of {@code root} (absolute, normalised) with the given, already validated, settings. */
    public static FixReport run(Path root, MigrationSettings settings, ScanOptions scanOptions) throws IOException {
        Scanner scanner = new Scanner();
        ScanResult before = scanner.scan(root, scanOptions);
        JavaMigration.Outcome migration = JavaMigration.run(root, javaFilesToParse(before), recipe(settings));
        List<MigrationOutcomes.Row> rows = migration.recipeRun().getDataTableRows(MigrationOutcomes.class);

        List<FileEdit> edits = new ArrayList<>();
        for (JavaMigration.FileChange change : migration.changes()) {
            edits.add(new FileEdit(change.file(), change.before(), change.after()));
        }
        List<String> buildNotes = new ArrayList<>();
        edits.addAll(buildFileEdits(root, migratedFiles(rows), settings.targetSdk(), buildNotes));

        Map<String, byte[]> migratedContents = new LinkedHashMap<>();
        edits.forEach(edit -> migratedContents.put(edit.displayPath(), edit.after().encode()));
        ScanResult after = scanner.scan(root, scanOptions, migratedContents);

        List<String> problems = new ArrayList<>();
        before.skipped().forEach(skipped -> problems.add(skipped.file() + ": " + skipped.reason()));
        migration.problems().forEach(problem -> problems.add(problem.file() + ": " + problem.message()));

        return new FixReport(before.findings().size(), edits, migrated(rows), manualSteps(after, rows),
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
     * (references), so the recipe gets the constants that the request sites use.
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

    /** Returns the files in which the recipe migrated at least one call, so their builds need the SDK. */
    private static List<Path> migratedFiles(List<MigrationOutcomes.Row> rows) {
        Set<String> files = new TreeSet<>();
        for (MigrationOutcomes.Row row : rows) {
            if (MigrationOutcomes.MIGRATED.equals(row.outcome())) {
                files.add(row.sourcePath());
            }
        }
        return files.stream().map(Path::of).toList();
    }

    private static List<FileEdit> buildFileEdits(Path root, List<Path> migratedJavaFiles, TargetSdk sdk,
                                                 List<String> notes) throws IOException {
        Dependency dependency = new Dependency(sdk.groupId(), sdk.artifactId(), sdk.version());
        Map<Path, Boolean> buildFiles = new LinkedHashMap<>();
        for (Path javaFile : migratedJavaFiles) {
            Optional<Path> buildFile = nearestBuildFile(root, javaFile);
            if (buildFile.isEmpty()) {
                notes.add(javaFile.toString().replace('\\', '/') + ": no pom.xml or build.gradle(.kts) above it; add "
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
     * Lists what a person must still do. That is every call the recipe met and left, with its reason,
     * and every finding of the scan of the migrated state: other languages, configuration, shapes the
     * recipe did not recognise, call sites of helpers left unmigrated, and leftover references.
     */
    private static List<ManualStep> manualSteps(ScanResult after, List<MigrationOutcomes.Row> rows) {
        List<ManualStep> steps = new ArrayList<>();
        Set<String> reported = new TreeSet<>();
        for (MigrationOutcomes.Row row : rows) {
            if (MigrationOutcomes.MANUAL.equals(row.outcome())) {
                steps.add(new ManualStep(row.sourcePath(), row.line() == null ? 0 : row.line(), row.operation(),
                        row.reason()));
                reported.add(row.sourcePath() + "#" + row.operation());
            }
        }
        for (Finding finding : after.findings()) {
            if (!reported.contains(finding.file() + "#" + finding.operation().reportName())) {
                steps.add(new ManualStep(finding.file(), finding.line(), finding.operation().reportName(),
                        manualReason(finding)));
            }
        }
        steps.sort(Comparator.comparing(ManualStep::file).thenComparingInt(ManualStep::line));
        return steps;
    }

    private static String manualReason(Finding finding) {
        if (!"java".equals(finding.language())) {
            return finding.reason();
        }
        if (finding.operation() == Operation.REFERENCE) {
            return "still names the legacy token server; remove it, or point it at the ApplyToken API.";
        }
        if (!finding.evidence().isEmpty() && finding.evidence().get(0).startsWith(RequestSite.HELPER_CALL_EVIDENCE)) {
            return finding.evidence().get(0) + "; it needs no change of its own once that helper is migrated.";
        }
        return "the migration did not recognise this call's shape; migrate it by hand (" + finding.reason() + ").";
    }
}
