package dev.applytoken.scanner.scan;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Lists the files under a root that the scanner reads. It skips build output, dependency and IDE
 * folders, files of unknown type, excluded paths, and symbolic links whose target lies outside the root.
 */
final class FileWalker {

    /** Folders that hold build output, downloaded dependencies or IDE state, never the user's code. */
    static final Set<String> SKIPPED_FOLDERS =
            Set.of(".git", "target", "build", "out", "node_modules", "vendor", ".idea", "dist");

    /** A file to read, with its size from the directory listing. */
    record Entry(Path path, String relativePath, Language language, long size) {
    }

    private final Path root;
    private final Path realRoot;
    private final List<PathMatcher> excludes = new ArrayList<>();
    private final List<SkippedFile> skipped = new ArrayList<>();

    FileWalker(Path root, List<String> excludePatterns) throws IOException {
        this.root = root;
        this.realRoot = root.toRealPath();
        for (String pattern : excludePatterns) {
            excludes.add(FileSystems.getDefault().getPathMatcher("glob:" + pattern));
        }
    }

    /** Symbolic links that were not followed, reported so the user knows what was left out. */
    List<SkippedFile> skipped() {
        return skipped;
    }

    /** Walks the tree, handing each file to read to {@code consumer} as soon as it is listed. */
    void walk(Consumer<Entry> consumer) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                if (dir.equals(root)) {
                    return FileVisitResult.CONTINUE;
                }
                String name = dir.getFileName().toString();
                if (SKIPPED_FOLDERS.contains(name) || isExcluded(relative(dir))) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                visit(file, attributes, consumer);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException failure) {
                skipped.add(new SkippedFile(relative(file),
                        "unreadable (" + failure.getClass().getSimpleName() + "); check its permissions"));
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void visit(Path file, BasicFileAttributes attributes, Consumer<Entry> consumer) throws IOException {
        String relativePath = relative(file);
        var language = Language.ofFileName(file.getFileName().toString());
        if (language.isEmpty() || isExcluded(relativePath)) {
            return;
        }
        long size = attributes.size();
        if (attributes.isSymbolicLink()) {
            Path target;
            try {
                target = file.toRealPath();
            } catch (IOException broken) {
                skipped.add(new SkippedFile(relativePath, "broken symbolic link; nothing to scan"));
                return;
            }
            if (!target.startsWith(realRoot) || !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
                skipped.add(new SkippedFile(relativePath,
                        "symbolic link to " + target + ", outside the scanned folder or not a file; scan its target separately"));
                return;
            }
            size = Files.size(target);
        } else if (!attributes.isRegularFile()) {
            return;
        }
        consumer.accept(new Entry(file, relativePath, language.get(), size));
    }

    private boolean isExcluded(String relativePath) {
        Path path = Path.of(relativePath);
        for (PathMatcher matcher : excludes) {
            if (matcher.matches(path)) {
                return true;
            }
        }
        return false;
    }

    private String relative(Path path) {
        return root.relativize(path).toString().replace('\\', '/');
    }
}
