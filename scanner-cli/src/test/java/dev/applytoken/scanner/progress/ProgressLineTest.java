package dev.applytoken.scanner.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressLineTest {

    private static final long MILLIS = TimeUnit.MILLISECONDS.toNanos(1);

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final AtomicLong clock = new AtomicLong(1_000_000 * MILLIS);

    @Test
    void quickScanPrintsNothing() {
        ProgressLine progress = new ProgressLine(out, clock::get);

        progress.filesDone(40);
        clock.addAndGet(150 * MILLIS);
        progress.findingsSoFar(2);
        progress.close();

        assertThat(output()).isEmpty();
    }

    @Test
    void drawsFilesRateAndFindings() {
        ProgressLine progress = new ProgressLine(out, clock::get);

        clock.addAndGet(2_000 * MILLIS);
        progress.findingsSoFar(3);
        progress.filesDone(1_000);
        clock.addAndGet(500 * MILLIS);
        progress.filesDone(1_250);

        assertThat(output()).isEqualTo("\rscanning: 0 files, 0 files/s, 3 findings"
                + "\rscanning: 1250 files, 500 files/s, 3 findings");
    }

    @Test
    void redrawsAtMostFiveTimesASecond() {
        ProgressLine progress = new ProgressLine(out, clock::get);

        for (int i = 1; i <= 1_000; i++) {
            clock.addAndGet(MILLIS);
            progress.filesDone(i);
        }

        assertThat(draws()).isEqualTo(5);
    }

    @Test
    void shorterLineOverwritesLongerOne() {
        ProgressLine progress = new ProgressLine(out, clock::get);
        clock.addAndGet(200 * MILLIS);
        progress.filesDone(100_000);
        String first = output();
        clock.addAndGet(100_000 * MILLIS);
        progress.findingsSoFar(1);

        String second = output().substring(first.length());

        assertThat(second).hasSize(first.length());
        assertThat(second).startsWith("\rscanning: 100000 files, 998 files/s, 1 finding ");
    }

    @Test
    void closeErasesLine() {
        ProgressLine progress = new ProgressLine(out, clock::get);
        clock.addAndGet(300 * MILLIS);
        progress.filesDone(7);
        String drawn = output();

        progress.close();
        clock.addAndGet(300 * MILLIS);
        progress.filesDone(8);
        progress.close();

        assertThat(output()).isEqualTo(drawn + "\r" + " ".repeat(drawn.length() - 1) + "\r");
    }

    @Test
    void countsNeverGoBackwards() {
        ProgressLine progress = new ProgressLine(out, clock::get);
        progress.filesDone(90);
        progress.filesDone(80);
        clock.addAndGet(1_000 * MILLIS);
        progress.findingsSoFar(0);

        assertThat(output()).contains("scanning: 90 files");
    }

    @Test
    void quietGivesNoProgress() {
        ProgressListener listener = ProgressLine.create(out, true, () -> true, clock::get);

        assertThat(listener).isSameAs(ProgressListener.NONE);
    }

    @Test
    void nonTerminalGivesNoProgress() {
        ProgressListener listener = ProgressLine.create(out, false, () -> false, clock::get);

        assertThat(listener).isSameAs(ProgressListener.NONE);
    }

    @Test
    void terminalGivesProgressLine() {
        ProgressListener listener = ProgressLine.create(out, false, () -> true, clock::get);

        assertThat(listener).isInstanceOf(ProgressLine.class);
    }

    @Test
    void concurrentWorkersKeepLineWhole() throws InterruptedException {
        ProgressLine progress = new ProgressLine(out, clock::get);
        List<Thread> workers = new ArrayList<>();
        for (int worker = 0; worker < 4; worker++) {
            int offset = worker;
            workers.add(new Thread(() -> {
                for (int i = 0; i < 5_000; i++) {
                    clock.addAndGet(MILLIS / 10);
                    progress.filesDone(i * 4 + offset);
                    progress.findingsSoFar(i / 100);
                }
            }));
        }
        workers.forEach(Thread::start);
        for (Thread worker : workers) {
            worker.join();
        }
        progress.close();

        String[] frames = output().split("\r");
        for (String frame : frames) {
            assertThat(frame).matches("( *|scanning: \\d+ files, \\d+ files/s, \\d+ findings? *)");
        }
        assertThat(output()).contains("scanning: ");
    }

    private String output() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private long draws() {
        return output().chars().filter(c -> c == '\r').count();
    }
}
