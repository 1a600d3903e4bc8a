package dev.applytoken.scanner.fix;

import dev.applytoken.scanner.io.Git;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Asks git about the work tree around a folder: its uncommitted changes and the folder's path in it. */
final class GitWorkTree {

    private GitWorkTree() {
    }

    /**
     * Returns the {@code git status --porcelain} lines for {@code folder} and below, or empty when the
     * folder is not in a git work tree or git is not installed.
     */
    static Optional<List<String>> uncommittedChanges(Path folder) {
        return git(folder, "status", "--porcelain", "--", ".")
                .map(output -> output.lines().filter(line -> !line.isBlank()).toList());
    }

    /** Returns {@code git rev-parse --show-prefix} for {@code folder}: its path in the work tree, ending in {@code /}. */
    static Optional<String> prefix(Path folder) {
        return git(folder, "rev-parse", "--show-prefix").map(String::strip);
    }

    private static Optional<String> git(Path folder, String... arguments) {
        try {
            Git.Output output = Git.run(folder, arguments);
            return output.succeeded() ? Optional.of(output.stdout()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
