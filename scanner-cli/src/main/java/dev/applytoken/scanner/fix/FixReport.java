package dev.applytoken.scanner.fix;

import dev.applytoken.rewrite.table.MigrationOutcomes;
import dev.applytoken.scanner.io.AtomicFileWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The changes of a {@code fix} run and the calls it leaves for a person. */
public final class FixReport {

    private final int findingCount;
    private final List<FileEdit> edits;
    private final List<MigrationOutcomes.Row> migrated;
    private final List<ManualStep> manualSteps;
    private final List<String> buildNotes;
    private final List<String> problems;

    FixReport(int findingCount, List<FileEdit> edits, List<MigrationOutcomes.Row> migrated,
              List<ManualStep> manualSteps, List<String> buildNotes, List<String> problems) {
        this.findingCount = findingCount;
        this.edits = List.copyOf(edits);
        this.migrated = List.copyOf(migrated);
        this.manualSteps = List.copyOf(manualSteps);
        this.buildNotes = List.copyOf(buildNotes);
        this.problems = List.copyOf(problems);
    }

    public List<FileEdit> edits() {
        return edits;
    }

    public List<ManualStep> manualSteps() {
        return manualSteps;
    }

    /** Counts the apply, revoke and query calls left for a person; references to the host do not count. */
    public int unmigratedCallCount() {
        return (int) manualSteps.stream().filter(step -> !step.isReference()).count();
    }

    /**
     * Returns every edit as one unified diff; each file's part is in that file's charset. Paths start with
     * {@code prefix}, the root's path in its git work tree, so the patch applies from the work tree's top.
     */
    public byte[] patch(String prefix) {
        ByteArrayOutputStream patch = new ByteArrayOutputStream();
        for (FileEdit edit : edits) {
            patch.writeBytes(edit.patch(prefix));
        }
        return patch.toByteArray();
    }

    /**
     * Writes every edit under {@code root}, each file atomically. A file that cannot be written is
     * reported and the others are still written.
     */
    public List<String> write(Path root) throws IOException {
        AtomicFileWriter writer = new AtomicFileWriter(root);
        List<String> failures = new ArrayList<>();
        List<FileEdit> buildFiles = new ArrayList<>();
        for (FileEdit edit : edits) {
            if (BuildFileEditor.isBuildFile(edit.file().getFileName().toString())) {
                buildFiles.add(edit);
            } else {
                write(writer, edit, failures);
            }
        }
        if (!failures.isEmpty() && !buildFiles.isEmpty()) {
            failures.add("the build files were left unchanged, because the Java above was not all written; "
                    + "fix the cause and run applytoken fix again");
            return failures;
        }
        buildFiles.forEach(edit -> write(writer, edit, failures));
        return failures;
    }

    private static void write(AtomicFileWriter writer, FileEdit edit, List<String> failures) {
        try {
            writer.replace(edit.file(), edit.after().encode());
        } catch (IOException e) {
            failures.add(edit.displayPath() + ": not written (" + e.getMessage() + "); it keeps its old content");
        }
    }

    /** Prints the report for a person; {@code written} is true when the edits were applied. */
    public void print(PrintWriter out, boolean written) {
        String verb = written ? "Migrated" : "Would migrate";
        out.printf("%s %d legacy call(s) in %d file(s); %d finding(s) in all.%n",
                verb, migrated.size(), (int) edits.stream().filter(edit -> edit.displayPath().endsWith(".java")).count(),
                findingCount);
        for (MigrationOutcomes.Row row : migrated) {
            out.printf("  %s%s  %s: %s%n", row.sourcePath(), row.line() == null ? "" : ":" + row.line(),
                    row.operation(), row.reason());
        }
        if (!buildNotes.isEmpty()) {
            out.println("Build files:");
            buildNotes.forEach(note -> out.println("  " + note));
        }
        printSteps(out, "Calls left for a person (Java ones the recipe met carry an 'applytoken:' comment):",
                manualSteps.stream().filter(step -> !step.isReference()).toList());
        printSteps(out, "References to the legacy host still in the code (remove or repoint them):",
                manualSteps.stream().filter(ManualStep::isReference).toList());
        if (!problems.isEmpty()) {
            out.println("Files not migrated because they could not be read or parsed:");
            problems.forEach(problem -> out.println("  " + problem));
        }
    }

    private static void printSteps(PrintWriter out, String heading, List<ManualStep> steps) {
        if (steps.isEmpty()) {
            return;
        }
        out.println(heading);
        for (ManualStep step : steps) {
            out.printf("  %s%s  %s: %s%n", step.file(), step.line() > 0 ? ":" + step.line() : "",
                    step.operation(), step.reason());
        }
    }
}
