package dev.applytoken.scanner.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.applytoken.scanner.robustness.MutationCorpus.Kind;
import dev.applytoken.scanner.robustness.MutationCorpus.Mutant;
import dev.applytoken.scanner.robustness.MutationCorpus.Source;
import dev.applytoken.scanner.scan.ScanOptions;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MutationCorpusTest {

    static final Path CASES = Path.of("..", "testdata", "cases");

    private static MutationCorpus corpus;

    @BeforeAll
    static void loadCases() throws IOException {
        corpus = MutationCorpus.fromFolder(CASES, 42L);
    }

    @Test
    void loadsSourcesButNotLabels() {
        assertThat(corpus.sources()).hasSizeGreaterThan(50);
        assertThat(corpus.sources()).extracting(Source::path)
                .noneMatch(path -> path.endsWith("expected.json"))
                .noneMatch(path -> path.endsWith(".gitattributes"))
                .anyMatch(path -> path.endsWith(".java"));
    }

    @Test
    void sameSeedGivesSameMutants() throws IOException {
        MutationCorpus again = MutationCorpus.fromFolder(CASES, 42L);

        for (int index = 0; index < 60; index++) {
            if (corpus.kindOf(index).heavy()) {
                continue;
            }
            Mutant first = corpus.mutant(index);
            Mutant second = again.mutant(index);
            assertThat(second.source().path()).as("index %d", index).isEqualTo(first.source().path());
            assertThat(second.bytes()).as("index %d", index).isEqualTo(first.bytes());
        }
    }

    @Test
    void otherSeedGivesOtherMutants() throws IOException {
        MutationCorpus other = MutationCorpus.fromFolder(CASES, 43L);
        int differing = 0;
        for (int index = 0; index < 60; index++) {
            if (!corpus.kindOf(index).heavy() && !Arrays.equals(other.mutant(index).bytes(), corpus.mutant(index).bytes())) {
                differing++;
            }
        }

        assertThat(differing).isGreaterThan(30);
    }

    @Test
    void firstRoundHasEveryKind() {
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        for (int index = 0; index < Kind.values().length; index++) {
            kinds.add(corpus.kindOf(index));
        }

        assertThat(kinds).containsExactlyInAnyOrder(Kind.values());
    }

    @Test
    void heavyKindsStopAfterFirstRounds() {
        int heavy = 0;
        for (int index = 0; index < 5_000; index++) {
            if (corpus.kindOf(index).heavy()) {
                heavy++;
            }
        }

        assertThat(heavy).isEqualTo(2 * MutationCorpus.HEAVY_ROUNDS);
    }

    @Test
    void truncationIsStrictPrefix() {
        for (Mutant mutant : mutantsOf(Kind.TRUNCATE, 20)) {
            byte[] original = mutant.source().bytes();
            assertThat(mutant.bytes().length).isLessThan(Math.max(1, original.length));
            assertThat(Arrays.copyOf(original, mutant.bytes().length)).isEqualTo(mutant.bytes());
        }
    }

    @Test
    void invalidUtf8IsRejectedByStrictDecoder() {
        for (Mutant mutant : mutantsOf(Kind.INVALID_UTF8, 20)) {
            assertThat(isStrictUtf8(mutant.bytes())).as(mutant.source().path()).isFalse();
            assertThat(mutant.bytes().length).isBetween(mutant.source().bytes().length + 1,
                    mutant.source().bytes().length + 13);
        }
    }

    @Test
    void nulMutantHasOneExtraNul() {
        for (Mutant mutant : mutantsOf(Kind.NUL_BYTE, 20)) {
            assertThat(count(mutant.bytes(), (byte) 0)).isEqualTo(count(mutant.source().bytes(), (byte) 0) + 1);
            assertThat(mutant.bytes()).hasSize(mutant.source().bytes().length + 1);
        }
    }

    @Test
    void longLineIsOneMebibyte() {
        for (Mutant mutant : mutantsOf(Kind.LONG_LINE, MutationCorpus.HEAVY_ROUNDS)) {
            assertThat(longestLine(mutant.bytes())).isEqualTo(1_048_576);
            assertThat(mutant.bytes()).hasSize(mutant.source().bytes().length + 1_048_577);
        }
    }

    @Test
    void deepNestingHasTenThousandOpeners() {
        for (Mutant mutant : mutantsOf(Kind.DEEP_NESTING, 20)) {
            assertThat(Math.max(longestRun(mutant.bytes(), (byte) '{'), longestRun(mutant.bytes(), (byte) '(')))
                    .isGreaterThanOrEqualTo(10_000);
        }
    }

    @Test
    void mixedEncodingAddsGbkLine() {
        for (Mutant mutant : mutantsOf(Kind.MIXED_ENCODING, 20)) {
            assertThat(indexOf(mutant.bytes(), MutationCorpus.GBK_LINE)).isGreaterThanOrEqualTo(0);
            assertThat(isStrictUtf8(mutant.bytes())).isFalse();
        }
    }

    @Test
    void mixedLineEndingsHaveBoth() {
        for (Mutant mutant : mutantsOf(Kind.MIXED_LINE_ENDINGS, 20)) {
            String text = new String(mutant.bytes(), StandardCharsets.ISO_8859_1);
            assertThat(text).contains("\r\n");
            assertThat(text.replace("\r\n", "")).contains("\n");
        }
    }

    @Test
    void emptyMutantHasNoBytes() {
        for (Mutant mutant : mutantsOf(Kind.EMPTY, 5)) {
            assertThat(mutant.bytes()).isEmpty();
        }
    }

    @Test
    void oversizedExceedsSizeLimit() {
        for (Mutant mutant : mutantsOf(Kind.OVERSIZED, MutationCorpus.HEAVY_ROUNDS)) {
            assertThat((long) mutant.bytes().length).isEqualTo(MutationCorpus.OVERSIZED_BYTES);
            assertThat((long) mutant.bytes().length).isGreaterThan(ScanOptions.DEFAULT_MAX_FILE_SIZE);
        }
    }

    @Test
    void writeToKeepsSourceFileName(@TempDir Path folder) throws IOException {
        List<Path> files = corpus.writeTo(folder, 30);

        assertThat(files).hasSize(30);
        for (int index = 0; index < files.size(); index++) {
            Mutant mutant = corpus.mutant(index);
            assertThat(files.get(index)).startsWith(folder);
            assertThat(files.get(index).toString().replace('\\', '/')).endsWith(mutant.source().path());
            assertThat(Files.readAllBytes(files.get(index))).isEqualTo(mutant.bytes());
        }
    }

    private static List<Mutant> mutantsOf(Kind kind, int count) {
        return java.util.stream.IntStream.range(0, 10_000)
                .filter(index -> corpus.kindOf(index) == kind)
                .limit(count)
                .mapToObj(corpus::mutant)
                .toList();
    }

    private static boolean isStrictUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static int count(byte[] bytes, byte value) {
        int count = 0;
        for (byte b : bytes) {
            if (b == value) {
                count++;
            }
        }
        return count;
    }

    private static int longestLine(byte[] bytes) {
        int longest = 0;
        int current = 0;
        for (byte b : bytes) {
            current = b == '\n' ? 0 : current + 1;
            longest = Math.max(longest, current);
        }
        return longest;
    }

    private static int longestRun(byte[] bytes, byte value) {
        int longest = 0;
        int current = 0;
        for (byte b : bytes) {
            current = b == value ? current + 1 : 0;
            longest = Math.max(longest, current);
        }
        return longest;
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= bytes.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
