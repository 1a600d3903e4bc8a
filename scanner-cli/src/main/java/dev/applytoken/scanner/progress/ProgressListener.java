package dev.applytoken.scanner.progress;

/**
 * Receives the running totals of a scan. The scanner may call it from several worker threads at once;
 * implementations must be thread-safe and return quickly.
 */
public interface ProgressListener extends AutoCloseable {

    /** A listener that ignores everything, for {@code --quiet} and for output that is not a terminal. */
    ProgressListener NONE = new ProgressListener() {
        @Override
        public void filesDone(int total) {
        }

        @Override
        public void findingsSoFar(int total) {
        }
    };

    /** Reports the number of files finished so far, over the whole scan (not since the last call). */
    void filesDone(int total);

    /** Reports the number of findings so far, over the whole scan. */
    void findingsSoFar(int total);

    /** Ends the progress display, leaving the output as it was before it started. */
    @Override
    default void close() {
    }
}
