package dev.applytoken.scanner.scan;

import java.util.List;

/**
 * Settings of one scan.
 *
 * @param includeComments also report legacy calls inside comments, such as commented-out code
 * @param excludes        glob patterns, matched against paths relative to the root with {@code /}, of
 *                        files and folders to leave out (e.g. {@code "**}{@code /generated/**"})
 * @param maxFileSize     files larger than this many bytes are skipped with a note
 * @param threads         number of worker threads; 0 uses one per available processor
 */
public record ScanOptions(boolean includeComments, List<String> excludes, long maxFileSize, int threads) {

    /** 2 MiB: larger files are almost always generated or minified code, or data. */
    public static final long DEFAULT_MAX_FILE_SIZE = 2L * 1024 * 1024;

    public ScanOptions {
        excludes = List.copyOf(excludes);
        if (maxFileSize <= 0) {
            throw new IllegalArgumentException("maxFileSize must be positive, got " + maxFileSize);
        }
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be 0 or more, got " + threads);
        }
    }

    public static ScanOptions defaults() {
        return new ScanOptions(false, List.of(), DEFAULT_MAX_FILE_SIZE, 0);
    }

    public ScanOptions withIncludeComments(boolean include) {
        return new ScanOptions(include, excludes, maxFileSize, threads);
    }

    public ScanOptions withExcludes(List<String> patterns) {
        return new ScanOptions(includeComments, patterns, maxFileSize, threads);
    }

    public ScanOptions withMaxFileSize(long bytes) {
        return new ScanOptions(includeComments, excludes, bytes, threads);
    }

    public ScanOptions withThreads(int count) {
        return new ScanOptions(includeComments, excludes, maxFileSize, count);
    }

    /** Returns the number of worker threads to start. */
    public int effectiveThreads() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }
}
