package dev.applytoken.scanner.gate;

import dev.applytoken.scanner.io.Git;
import dev.applytoken.scanner.scan.ScanResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The files that {@code --changed-since REF} keeps: those changed since the current branch left a git
 * ref (their merge base), committed or not, plus untracked files that {@code .gitignore} does not hide.
 * Deleted files are left out.
 *
 * <p>The scan itself still reads the whole tree, because a changed file may use a constant that an
 * unchanged file declares; {@link #keepOnly} then drops findings in unchanged files.
 */
public final class ChangedFiles {

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
        Git.Output workTree = run(root, "rev-parse", "--is-inside-work-tree");
        if (!workTree.succeeded()) {
            // git also fails here on a repository owned by another user; its message names the fix.
            throw new ChangedFilesException(root + " is not a usable git work tree (git: "
                    + workTree.stderr().strip() + "); --changed-since needs one");
        }
        if (!run(root, "rev-parse", "--verify", "--quiet", ref + "^{commit}").succeeded()) {
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
        Git.Output output = run(root, "merge-base", ref, "HEAD");
        return output.succeeded() && !output.stdout().isBlank() ? output.stdout().strip() : ref;
    }

    /** Returns a copy of {@code result} with only the findings and skipped files in {@code files}. */
    public static ScanResult keepOnly(ScanResult result, Set<String> files) {
        return new ScanResult(result.root(), result.filesScanned(),
                result.findings().stream().filter(finding -> files.contains(finding.file())).toList(),
                result.skipped().stream().filter(skipped -> files.contains(skipped.file())).toList());
    }

    private static List<String> paths(Git.Output output) throws ChangedFilesException {
        if (!output.succeeded()) {
            throw new ChangedFilesException("git " + output.command() + " failed with exit code " + output.exitCode()
                    + ": " + output.stderr().strip());
        }
        List<String> paths = new ArrayList<>();
        for (String path : output.stdout().split("\0")) {
            if (!path.isEmpty()) {
                paths.add(path);
            }
        }
        return paths;
    }

    private static Git.Output run(Path root, String... arguments) throws ChangedFilesException {
        try {
            return Git.run(root, arguments);
        } catch (IOException e) {
            throw new ChangedFilesException("could not run git for --changed-since (" + e.getMessage()
                    + "); install git or leave the option out", e);
        }
    }
}
