package dev.applytoken.scanner.robustness;

import dev.applytoken.scanner.scan.ScanOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Damaged copies of real source files, for robustness tests of everything that reads a repository.
 *
 * <p>Mutant {@code i} is a function of the seed and {@code i} alone, so a failure is reproduced by
 * rerunning with the seed it prints. Kinds take turns: indexes {@code 0..8} give one of each kind, and
 * the two heavy kinds ({@link Kind#LONG_LINE}, {@link Kind#OVERSIZED}, a few MiB each) appear only in the
 * first {@value #HEAVY_ROUNDS} rounds, so thousands of mutants stay small on disk.
 */
public final class MutationCorpus {

    /** Length of the line that {@link Kind#LONG_LINE} inserts, without its line feed: 1 MiB. */
    public static final int LONG_LINE_BYTES = 1 << 20;

    /** Number of opening brackets that {@link Kind#DEEP_NESTING} inserts in a row. */
    public static final int NESTING_DEPTH = 10_000;

    /** Size of an {@link Kind#OVERSIZED} file: 64 KiB over the scanner's default size limit. */
    public static final long OVERSIZED_BYTES = ScanOptions.DEFAULT_MAX_FILE_SIZE + 64 * 1024;

    /** Rounds of all kinds before the heavy kinds stop appearing. */
    public static final int HEAVY_ROUNDS = 3;

    /** A comment in GBK, the legacy Chinese encoding: "apply for an MQTT token from the old token server". */
    static final byte[] GBK_LINE = "// 从旧的令牌服务器申请 MQTT 令牌\n".getBytes(Charset.forName("GBK"));

    /** Byte sequences that are never valid UTF-8 where they stand; the first is invalid anywhere. */
    private static final byte[][] INVALID_UTF8 = {
        {(byte) 0xFF},
        {(byte) 0xC0, (byte) 0xAF},
        {(byte) 0x80},
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        {(byte) 0xE2, (byte) 0x82},
    };

    private static final byte[] LONG_LINE_FRAGMENT =
            "\"https://mqauth.aliyuncs.com/token/apply?resources=a&actions=R\" + ".getBytes(StandardCharsets.US_ASCII);

    /** The ways a file is damaged. */
    public enum Kind {
        /** Cut at a random byte, possibly inside a multi-byte character. */
        TRUNCATE,
        /** One to four byte sequences that are not UTF-8, always including a {@code 0xFF} byte. */
        INVALID_UTF8,
        /** A NUL byte at a random place. */
        NUL_BYTE,
        /** A line of {@link #LONG_LINE_BYTES} bytes at a random line start. */
        LONG_LINE,
        /** {@link #NESTING_DEPTH} {@code {} or {@code (} in a row, closed again in half the cases. */
        DEEP_NESTING,
        /** A GBK-encoded comment line in a UTF-8 file. */
        MIXED_ENCODING,
        /** Line ends switched at random between CRLF and LF, with at least one of each. */
        MIXED_LINE_ENDINGS,
        /** No bytes at all. */
        EMPTY,
        /** The file repeated to exactly {@link #OVERSIZED_BYTES}, over the scanner's size limit. */
        OVERSIZED;

        /** Tells whether mutants of this kind take megabytes. */
        public boolean heavy() {
            return this == LONG_LINE || this == OVERSIZED;
        }
    }

    /** An original file, by its path relative to the corpus folder. */
    public record Source(String path, byte[] bytes) {
    }

    /** A damaged copy of {@code source}. */
    public record Mutant(int index, Kind kind, Source source, byte[] bytes) {
    }

    private static final List<Kind> LIGHT_KINDS = Arrays.stream(Kind.values()).filter(kind -> !kind.heavy()).toList();

    private final List<Source> sources;
    private final long seed;

    public MutationCorpus(List<Source> sources, long seed) {
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("a mutation corpus needs at least one source file");
        }
        this.sources = List.copyOf(sources);
        this.seed = seed;
    }

    /**
     * Loads every file under {@code folder} except {@code expected.json} label files and dot files,
     * in path order.
     */
    public static MutationCorpus fromFolder(Path folder, long seed) throws IOException {
        List<Source> sources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.equals("expected.json") || name.startsWith(".")) {
                    continue;
                }
                String path = folder.relativize(file).toString().replace('\\', '/');
                sources.add(new Source(path, Files.readAllBytes(file)));
            }
        }
        return new MutationCorpus(sources, seed);
    }

    public long seed() {
        return seed;
    }

    public List<Source> sources() {
        return sources;
    }

    /** Returns the kind of mutant {@code index}. */
    public Kind kindOf(int index) {
        Kind[] kinds = Kind.values();
        if (index < kinds.length * HEAVY_ROUNDS) {
            return kinds[index % kinds.length];
        }
        return LIGHT_KINDS.get((index - kinds.length * HEAVY_ROUNDS) % LIGHT_KINDS.size());
    }

    /** Builds mutant {@code index}; the same seed and index always give the same bytes. */
    public Mutant mutant(int index) {
        SplittableRandom random = new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (index + 1L)));
        Source source = sources.get(random.nextInt(sources.size()));
        Kind kind = kindOf(index);
        return new Mutant(index, kind, source, mutate(kind, source.bytes(), random));
    }

    /**
     * Writes mutants {@code 0..count-1} to {@code folder/<index>-<kind>/<source path>}, keeping the file
     * name so the scanner picks the same language as for the original.
     *
     * @return the written files, in index order
     */
    public List<Path> writeTo(Path folder, int count) throws IOException {
        List<Path> written = new ArrayList<>();
        for (int index = 0; index < count; index++) {
            Mutant mutant = mutant(index);
            String prefix = String.format("%05d-%s", index, mutant.kind().name().toLowerCase(java.util.Locale.ROOT));
            Path file = folder.resolve(prefix).resolve(mutant.source().path());
            Files.createDirectories(file.getParent());
            Files.write(file, mutant.bytes());
            written.add(file);
        }
        return written;
    }

    private static byte[] mutate(Kind kind, byte[] original, SplittableRandom random) {
        return switch (kind) {
            case TRUNCATE -> Arrays.copyOf(original, original.length == 0 ? 0 : random.nextInt(original.length));
            case INVALID_UTF8 -> insertInvalidUtf8(original, random);
            case NUL_BYTE -> insert(original, random.nextInt(original.length + 1), new byte[] {0});
            case LONG_LINE -> insert(original, randomLineStart(original, random), longLine());
            case DEEP_NESTING -> insert(original, random.nextInt(original.length + 1), nesting(random));
            case MIXED_ENCODING -> insert(original, randomLineStart(original, random), GBK_LINE);
            case MIXED_LINE_ENDINGS -> mixLineEndings(original, random);
            case EMPTY -> new byte[0];
            case OVERSIZED -> oversized(original);
        };
    }

    private static byte[] insertInvalidUtf8(byte[] original, SplittableRandom random) {
        byte[] bytes = insert(original, random.nextInt(original.length + 1), INVALID_UTF8[0]);
        int extra = random.nextInt(4);
        for (int i = 0; i < extra; i++) {
            byte[] sequence = INVALID_UTF8[random.nextInt(INVALID_UTF8.length)];
            bytes = insert(bytes, random.nextInt(bytes.length + 1), sequence);
        }
        return bytes;
    }

    private static byte[] longLine() {
        byte[] line = new byte[LONG_LINE_BYTES + 1];
        for (int i = 0; i < LONG_LINE_BYTES; i++) {
            line[i] = LONG_LINE_FRAGMENT[i % LONG_LINE_FRAGMENT.length];
        }
        line[LONG_LINE_BYTES] = '\n';
        return line;
    }

    private static byte[] nesting(SplittableRandom random) {
        boolean braces = random.nextBoolean();
        boolean closed = random.nextBoolean();
        byte[] nesting = new byte[closed ? 2 * NESTING_DEPTH : NESTING_DEPTH];
        Arrays.fill(nesting, 0, NESTING_DEPTH, (byte) (braces ? '{' : '('));
        if (closed) {
            Arrays.fill(nesting, NESTING_DEPTH, nesting.length, (byte) (braces ? '}' : ')'));
        }
        return nesting;
    }

    /** Rejoins the lines with a random CRLF or LF each, forcing CRLF after the first and LF after the second. */
    private static byte[] mixLineEndings(byte[] original, SplittableRandom random) {
        List<byte[]> lines = new ArrayList<>(splitLines(original));
        while (lines.size() < 3) {
            lines.add(new byte[0]);
        }
        ByteArrayOutputStream mixed = new ByteArrayOutputStream(original.length + lines.size());
        for (int i = 0; i < lines.size(); i++) {
            mixed.writeBytes(lines.get(i));
            if (i == lines.size() - 1) {
                break;
            }
            boolean crlf = i == 0 || (i != 1 && random.nextBoolean());
            mixed.writeBytes(crlf ? new byte[] {'\r', '\n'} : new byte[] {'\n'});
        }
        return mixed.toByteArray();
    }

    /** Splits on LF, dropping a CR just before it. */
    private static List<byte[]> splitLines(byte[] bytes) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                int end = i > start && bytes[i - 1] == '\r' ? i - 1 : i;
                lines.add(Arrays.copyOfRange(bytes, start, end));
                start = i + 1;
            }
        }
        return lines;
    }

    private static byte[] oversized(byte[] original) {
        byte[] unit = original.length == 0 ? LONG_LINE_FRAGMENT : original;
        byte[] bytes = new byte[Math.toIntExact(OVERSIZED_BYTES)];
        for (int i = 0; i < bytes.length; i += unit.length) {
            System.arraycopy(unit, 0, bytes, i, Math.min(unit.length, bytes.length - i));
        }
        return bytes;
    }

    private static int randomLineStart(byte[] bytes, SplittableRandom random) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.get(random.nextInt(starts.size()));
    }

    private static byte[] insert(byte[] bytes, int at, byte[] inserted) {
        byte[] result = new byte[bytes.length + inserted.length];
        System.arraycopy(bytes, 0, result, 0, at);
        System.arraycopy(inserted, 0, result, at, inserted.length);
        System.arraycopy(bytes, at, result, at + inserted.length, bytes.length - at);
        return result;
    }
}
