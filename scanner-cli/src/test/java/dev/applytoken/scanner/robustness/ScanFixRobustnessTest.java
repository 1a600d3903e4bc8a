package dev.applytoken.scanner.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.applytoken.scanner.ApplyTokenCommand;
import dev.applytoken.scanner.FixCommand;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Runs {@code scan} and {@code fix} over trees of damaged corpus files (truncated, invalid bytes, NUL
 * bytes, huge lines, deep nesting, mixed encodings and line endings, oversized). Neither may crash or
 * hang, and {@code fix} must leave every file either untouched or exactly as its own patch describes.
 * The seed and counts can be changed with {@code -Dapplytoken.mutation.seed=N}.
 */
class ScanFixRobustnessTest {

    private static final long SEED = Long.getLong("applytoken.mutation.seed", 20201231L);
    private static final int SCAN_COUNT = 3_000;
    private static final int FIX_COUNT = 300;

    /** A guard against hangs, far above the few seconds a run takes. */
    private static final Duration HANG_LIMIT = Duration.ofMinutes(5);

    @TempDir
    Path workspace;

    @Test
    void scanSurvivesDamagedFiles() throws Exception {
        Path tree = workspace.resolve("tree");
        MutationCorpus.fromFolder(MutationCorpusTest.CASES, SEED).writeTo(tree, SCAN_COUNT);
        Map<String, String> before = snapshot(tree);

        Run scan = assertTimeoutPreemptively(HANG_LIMIT,
                () -> run("scan", tree.toString(), "--format", "json", "--quiet"));

        assertThat(scan.exitCode()).as("seed %d: scan exit code, stderr:%n%s", SEED, scan.err()).isIn(0, 1);
        assertThat(scan.out()).as("seed %d", SEED).startsWith("{").contains("\"skipped\"");
        assertThat(snapshot(tree)).as("seed %d: scan changes no file", SEED).isEqualTo(before);
    }

    @Test
    void fixWritesExactlyItsPatch() throws Exception {
        Path fixed = workspace.resolve("fixed");
        Path patched = workspace.resolve("patched");
        MutationCorpus corpus = MutationCorpus.fromFolder(MutationCorpusTest.CASES, SEED);
        corpus.writeTo(fixed, FIX_COUNT);
        corpus.writeTo(patched, FIX_COUNT);
        Map<String, String> original = snapshot(fixed);
        Path patch = workspace.resolve("migration.patch");

        Run planned = assertTimeoutPreemptively(HANG_LIMIT,
                () -> run("fix", patched.toString(), "--region", "cn-hangzhou", "--patch", patch.toString()));
        Run applied = assertTimeoutPreemptively(HANG_LIMIT,
                () -> run("fix", fixed.toString(), "--region", "cn-hangzhou"));

        assertThat(planned.exitCode()).as("seed %d: fix --patch, stderr:%n%s", SEED, planned.err()).isIn(0, 1);
        assertThat(applied.exitCode()).as("seed %d: fix, stderr:%n%s", SEED, applied.err()).isIn(0, 1);
        assertThat(snapshot(patched)).as("seed %d: --patch changes no file", SEED).isEqualTo(original);
        assertThat(gitApply(patched, patch)).as("seed %d: the patch applies", SEED).isZero();
        Map<String, String> written = snapshot(fixed);
        assertThat(written.keySet()).as("seed %d: no temporary file is left", SEED)
                .noneMatch(path -> path.endsWith(".applytoken.tmp"));
        assertThat(written).as("seed %d: every file is untouched or exactly as patched", SEED)
                .isEqualTo(snapshot(patched));
    }

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... arguments) {
        CommandLine commandLine = ApplyTokenCommand.newCommandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        commandLine.getSubcommands().get("fix").<FixCommand>getCommand().setPatchOutput(new ByteArrayOutputStream());
        int exitCode = commandLine.execute(arguments);
        return new Run(exitCode, out.toString(), err.toString());
    }

    /** Reads every file under {@code root}; ISO-8859-1 maps each byte to one char, so equal text means equal bytes. */
    private static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(path).toString(), new String(Files.readAllBytes(path), StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }

    private static int gitApply(Path directory, Path patch) throws IOException, InterruptedException {
        List<String> command = List.of("git", "apply", patch.toString());
        Process process = new ProcessBuilder(command).directory(directory.toFile()).inheritIO().start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IOException("timed out: " + command);
        }
        return process.exitValue();
    }
}
