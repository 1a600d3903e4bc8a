package dev.applytoken.scanner.gate;

import dev.applytoken.scanner.scan.ScanResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

/**
 * The files that {@code --changed-since REF} keeps: those changed since the current branch left a git
 * ref (their merge base), committed or not, plus untracked files that {@code .gitignore} does not hide.
 * Deleted files are left out.
 *
 * <p>The scan itself still reads the whole tree, because a changed file may use a constant that an
 * unchanged file declares; {@link #keepOnly} then drops findings in unchanged files.
 */
public final class ChangedFiles {

    /** Upper bound for one git command; a diff of a large monorepo takes seconds, not minutes. */
    private static final long GIT_TIMEOUT_SECONDS = 120;

    private ChangedFiles() {
    }

    /**
     * Lists the files changed since {@code ref}, relative to {@code root} with {@code /} separators.
     * Files outside {@code root} (when it is a sub-folder of the work tree) are left out.
     *
     * @throws ChangedFilesException when {@code root} is not in a git work tree, {@code ref} names no
     *                               commit, or git cannot be run
     */
    public static Set<String> since(Path root, String ref) throws ChangedFilesException {
        if (ref == null || ref.isBlank() || ref.startsWith("-")) {
            throw new ChangedFilesException("invalid git ref '" + ref + "' for --changed-since: give a branch,"
                    + " tag or commit such as origin/main");
        }
        GitOutput workTree = run(root, "rev-parse", "--is-inside-work-tree");
        if (workTree.exitCode != 0) {
            // git also fails here on a repository owned by another user; its message names the fix.
            throw new ChangedFilesException(root + " is not a usable git work tree (git: "
                    + workTree.stderr.strip() + "); --changed-since needs one");
        }
        if (run(root, "rev-parse", "--verify", "--quiet", ref + "^{commit}").exitCode != 0) {
            throw new ChangedFilesException("unknown git ref '" + ref + "': no commit of that name in " + root
                    + "; fetch it first (a shallow CI checkout often lacks the base branch)");
        }
        String base = mergeBase(root, ref);
        Set<String> files = new TreeSet<>();
        files.addAll(paths(run(root, "diff", "--name-only", "-z", "--relative", "--diff-filter=d", base, "--")));
        files.addAll(paths(run(root, "ls-files", "--others", "--exclude-standard", "-z")));
        return files;
    }

    /**
     * Returns the commit where the current branch left {@code ref}, so files that changed only on
     * {@code ref} after that point do not count. Falls back to {@code ref} itself when the histories
     * share no commit.
     */
    private static String mergeBase(Path root, String ref) throws ChangedFilesException {
        GitOutput output = run(root, "merge-base", ref, "HEAD");
        return output.exitCode == 0 && !output.stdout.isBlank() ? output.stdout.strip() : ref;
    }

    /** Returns a copy of {@code result} with only the findings and skipped files in {@code files}. */
    public static ScanResult keepOnly(ScanResult result, Set<String> files) {
        return new ScanResult(result.root(), result.filesScanned(),
                result.findings().stream().filter(finding -> files.contains(finding.file())).toList(),
                result.skipped().stream().filter(skipped -> files.contains(skipped.file())).toList());
    }

    private static List<String> paths(GitOutput output) throws ChangedFilesException {
        if (output.exitCode != 0) {
            throw new ChangedFilesException("git " + output.command + " failed with exit code " + output.exitCode
                    + ": " + output.stderr.strip());
        }
        List<String> paths = new ArrayList<>();
        for (String path : output.stdout.split("\0")) {
            if (!path.isEmpty()) {
                paths.add(path);
            }
        }
        return paths;
    }

    private static GitOutput run(Path root, String... arguments) throws ChangedFilesException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "core.quotePath=false"));
        command.addAll(List.of(arguments));
        String commandLine = String.join(" ", arguments);
        Process process;
        try {
            process = new ProcessBuilder(command).directory(root.toFile()).start();
        } catch (IOException e) {
            throw new ChangedFilesException("could not run git for --changed-since: " + e.getMessage()
                    + "; install git or leave the option out", e);
        }
        try {
            process.getOutputStream().close();
            CompletableFuture<String> stdout = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
            CompletableFuture<String> stderr = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
            if (!process.waitFor(GIT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new ChangedFilesException("git " + commandLine + " did not finish within " + GIT_TIMEOUT_SECONDS + " s");
            }
            return new GitOutput(commandLine, process.exitValue(), stdout.join(), stderr.join());
        } catch (IOException | CompletionException e) {
            process.destroyForcibly();
            throw new ChangedFilesException("could not read the output of git " + commandLine + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new ChangedFilesException("interrupted while running git " + commandLine, e);
        }
    }

    private static String readAll(InputStream stream) {
        try (stream) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            stream.transferTo(bytes);
            return bytes.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record GitOutput(String command, int exitCode, String stdout, String stderr) {
    }
}
