package dev.applytoken.scanner.progress;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * A one-line progress display on a terminal, such as {@code scanning: 1200 files, 340 files/s, 3 findings},
 * redrawn in place with {@code \r} at most five times a second and erased by {@link #close()}, so the
 * report that follows starts on a clean line.
 *
 * <p>Nothing is drawn during the first {@value #REDRAW_INTERVAL_MILLIS} ms, so a quick scan prints
 * nothing at all. Use {@link #create} to get {@link ProgressListener#NONE} when the stream is not a
 * terminal or the user asked for {@code --quiet}: CI logs then never contain carriage returns.
 */
public final class ProgressLine implements ProgressListener {

    /** Minimum time between two redraws. */
    public static final long REDRAW_INTERVAL_MILLIS = 200;

    private final PrintStream out;
    private final LongSupplier nanoClock;
    private final long startNanos;
    private final AtomicInteger files = new AtomicInteger();
    private final AtomicInteger findings = new AtomicInteger();
    private final Object drawLock = new Object();

    /** Guarded by {@link #drawLock}: when the line was last drawn, and how wide it was. */
    private long lastDrawNanos;
    private int drawnWidth;
    private boolean closed;

    /**
     * @param out       the stream to draw on, normally {@code System.err}
     * @param nanoClock a monotonic clock in nanoseconds, normally {@code System::nanoTime}
     */
    public ProgressLine(PrintStream out, LongSupplier nanoClock) {
        this.out = out;
        this.nanoClock = nanoClock;
        this.startNanos = nanoClock.getAsLong();
        this.lastDrawNanos = startNanos;
    }

    /** Returns a progress line on standard error when it is a terminal and {@code quiet} is off. */
    public static ProgressListener forStandardError(boolean quiet) {
        return create(System.err, quiet, ProgressLine::standardErrorIsTerminal, System::nanoTime);
    }

    /**
     * Tells whether standard error is a terminal. On Linux the target of {@code /proc/self/fd/2} shows
     * that exactly. Elsewhere {@code System.console() != null} is used instead, which checks standard input and
     * output instead, so a run with only standard output redirected shows no progress there.
     */
    static boolean standardErrorIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    /**
     * Returns a progress line on {@code out}, or {@link ProgressListener#NONE} when {@code quiet} is on or
     * {@code isTerminal} reports that the stream is not a terminal.
     */
    public static ProgressListener create(PrintStream out, boolean quiet, BooleanSupplier isTerminal,
                                          LongSupplier nanoClock) {
        if (quiet || !isTerminal.getAsBoolean()) {
            return ProgressListener.NONE;
        }
        return new ProgressLine(out, nanoClock);
    }

    @Override
    public void filesDone(int total) {
        files.accumulateAndGet(total, Math::max);
        redrawIfDue();
    }

    @Override
    public void findingsSoFar(int total) {
        findings.accumulateAndGet(total, Math::max);
        redrawIfDue();
    }

    /** Erases the line if one was drawn; later calls draw nothing. */
    @Override
    public void close() {
        synchronized (drawLock) {
            if (closed) {
                return;
            }
            closed = true;
            if (drawnWidth > 0) {
                out.print("\r" + " ".repeat(drawnWidth) + "\r");
                out.flush();
            }
        }
    }

    private void redrawIfDue() {
        synchronized (drawLock) {
            long now = nanoClock.getAsLong();
            if (closed || now - lastDrawNanos < TimeUnit.MILLISECONDS.toNanos(REDRAW_INTERVAL_MILLIS)) {
                return;
            }
            lastDrawNanos = now;
            String line = describe(now);
            // Spaces overwrite what is left of a longer previous line.
            String padding = " ".repeat(Math.max(0, drawnWidth - line.length()));
            out.print("\r" + line + padding);
            out.flush();
            drawnWidth = Math.max(drawnWidth, line.length());
        }
    }

    private String describe(long now) {
        int done = files.get();
        double seconds = (now - startNanos) / 1e9;
        long rate = seconds > 0 ? Math.round(done / seconds) : 0;
        int found = findings.get();
        return String.format(Locale.ROOT, "scanning: %d files, %d files/s, %d finding%s",
                done, rate, found, found == 1 ? "" : "s");
    }
}
