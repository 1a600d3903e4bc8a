package dev.applytoken.scanner.scan;

import dev.applytoken.scanner.progress.ProgressListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

/**
 * Finds the code and configuration under a folder that calls, or points at, the legacy token server.
 *
 * <p>It reads each file once and searches its bytes before decoding them: only files that mention a
 * legacy host or path, a demo helper, or a name that pass one found to hold a legacy address are
 * parsed. Pass one collects Java constants and configuration keys whose value is a legacy address.
 * Pass two judges every candidate. A last step reports calls of the methods that pass two found to
 * call the token server. Work runs on a fork-join pool with {@link ScanOptions#effectiveThreads()} threads.
 */
public final class Scanner {

    private final ProgressListener progress;

    /** Creates a scanner that reports no progress. */
    public Scanner() {
        this(ProgressListener.NONE);
    }

    /** Creates a scanner that reports to {@code progress} how many files it has read and found so far. */
    public Scanner(ProgressListener progress) {
        this.progress = progress;
    }

    /** Bytes looked at for a NUL to decide that a file is binary. */
    private static final int BINARY_PROBE = 8 * 1024;

    /**
     * Scans {@code root}.
     *
     * @throws NoSuchFileException   when {@code root} does not exist
     * @throws NotDirectoryException when {@code root} is not a folder
     */
    public ScanResult scan(Path root, ScanOptions options) throws IOException {
        return scan(root, options, Map.of());
    }

    /**
     * Scans {@code root} as if the files named in {@code contents} (paths relative to the root, with
     * {@code /}) held those bytes: {@code fix} uses it to see what is left after a migration it has
     * not written yet.
     */
    public ScanResult scan(Path root, ScanOptions options, Map<String, byte[]> contents) throws IOException {
        if (!Files.exists(root)) {
            throw new NoSuchFileException(root.toString());
        }
        if (!Files.isDirectory(root)) {
            throw new NotDirectoryException(root.toString());
        }
        ConcurrentLinkedQueue<SkippedFile> skipped = new ConcurrentLinkedQueue<>();
        ForkJoinPool pool = new ForkJoinPool(options.effectiveThreads());
        try {
            List<SourceFile> files = walkAndRead(root, options, contents, pool, skipped);
            ConcurrentLinkedQueue<Finding> findings = new ConcurrentLinkedQueue<>();
            inPool(pool, () -> {
                new ScanRun(options, files, findings, skipped).run();
                return null;
            });
            progress.findingsSoFar(findings.size());
            List<Finding> sorted = new ArrayList<>(findings);
            sorted.sort(Finding.ORDER);
            sorted = withoutRepeats(sorted);
            List<SkippedFile> skippedSorted = new ArrayList<>(skipped);
            skippedSorted.sort(Comparator.comparing(SkippedFile::file));
            return new ScanResult(root, files.size(), sorted, skippedSorted);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Reads each file on the pool as soon as the walk lists it, so that walking and reading overlap. */
    private List<SourceFile> walkAndRead(Path root, ScanOptions options, Map<String, byte[]> contents,
                                         ForkJoinPool pool, Collection<SkippedFile> skipped) throws IOException {
        FileWalker walker = new FileWalker(root, options.excludes());
        List<ForkJoinTask<SourceFile>> reads = new ArrayList<>();
        AtomicInteger filesRead = new AtomicInteger();
        walker.walk(entry -> reads.add(pool.submit(() -> {
            SourceFile file = read(entry, options, contents, skipped);
            progress.filesDone(filesRead.incrementAndGet());
            return file;
        })));
        skipped.addAll(walker.skipped());
        List<SourceFile> files = new ArrayList<>();
        for (ForkJoinTask<SourceFile> task : reads) {
            SourceFile file = task.join();
            if (file != null) {
                files.add(file);
            }
        }
        return files;
    }

    /** Drops a finding that repeats the file, line and operation of the one before (nested classes). */
    private static List<Finding> withoutRepeats(List<Finding> sorted) {
        List<Finding> unique = new ArrayList<>();
        for (Finding finding : sorted) {
            Finding last = unique.isEmpty() ? null : unique.get(unique.size() - 1);
            if (last != null && last.file().equals(finding.file()) && last.line() == finding.line()
                    && last.operation() == finding.operation()) {
                continue;
            }
            unique.add(finding);
        }
        return unique;
    }

    private static SourceFile read(FileWalker.Entry entry, ScanOptions options, Map<String, byte[]> contents,
                                   Collection<SkippedFile> skipped) {
        byte[] replaced = contents.get(entry.relativePath());
        if (replaced != null) {
            return new SourceFile(entry.relativePath(), entry.language(), replaced);
        }
        if (entry.size() > options.maxFileSize()) {
            skipped.add(new SkippedFile(entry.relativePath(), "too large (" + entry.size() + " bytes, limit "
                    + options.maxFileSize() + "); raise --max-file-size to scan it"));
            return null;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(entry.path());
        } catch (IOException | UncheckedIOException failure) {
            skipped.add(new SkippedFile(entry.relativePath(),
                    "unreadable (" + failure.getMessage() + "); check its permissions"));
            return null;
        }
        if (isBinary(bytes)) {
            skipped.add(new SkippedFile(entry.relativePath(), "binary (NUL byte in the first 8 KiB); not scanned"));
            return null;
        }
        return new SourceFile(entry.relativePath(), entry.language(), bytes);
    }

    private static boolean isBinary(byte[] bytes) {
        int end = Math.min(bytes.length, BINARY_PROBE);
        for (int i = 0; i < end; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static <T> T inPool(ForkJoinPool pool, java.util.concurrent.Callable<T> work) {
        try {
            return pool.submit(work).get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("scan interrupted", interrupted);
        } catch (ExecutionException failed) {
            Throwable cause = failed.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }
}
