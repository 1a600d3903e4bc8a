package dev.applytoken.scanner.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExcludePatternsTest {

    @Test
    void nameWithoutSlashMatchesAtAnyDepth() {
        List<String> globs = ExcludePatterns.toGlobs("*.min.js");

        assertThat(excludes(globs, "app.min.js")).isTrue();
        assertThat(excludes(globs, "web/static/js/app.min.js")).isTrue();
        assertThat(excludes(globs, "web/static/js/app.js")).isFalse();
    }

    @Test
    void matchedFolderExcludesItsContent() {
        List<String> globs = ExcludePatterns.toGlobs("generated");

        assertThat(excludes(globs, "generated")).isTrue();
        assertThat(excludes(globs, "module/generated/Token.java")).isTrue();
        assertThat(excludes(globs, "module/generatedSources/Token.java")).isFalse();
    }

    @Test
    void trailingSlashMatchesFoldersOnly() {
        List<String> globs = ExcludePatterns.toGlobs("build/");

        assertThat(excludes(globs, "build/classes/Token.java")).isTrue();
        assertThat(excludes(globs, "service/build/Token.java")).isTrue();
        assertThat(excludes(globs, "scripts/build")).isFalse();
    }

    @Test
    void leadingSlashAnchorsAtRoot() {
        List<String> globs = ExcludePatterns.toGlobs("/vendor");

        assertThat(excludes(globs, "vendor")).isTrue();
        assertThat(excludes(globs, "vendor/lib/Tools.java")).isTrue();
        assertThat(excludes(globs, "app/vendor/Tools.java")).isFalse();
    }

    @Test
    void innerSlashAnchorsAtRoot() {
        List<String> globs = ExcludePatterns.toGlobs("src/test");

        assertThat(excludes(globs, "src/test/java/TokenTest.java")).isTrue();
        assertThat(excludes(globs, "module/src/test/java/TokenTest.java")).isFalse();
        assertThat(excludes(globs, "src/main/java/Token.java")).isFalse();
    }

    @Test
    void singleStarStaysInOneSegment() {
        List<String> globs = ExcludePatterns.toGlobs("docs/*.md");

        assertThat(excludes(globs, "docs/README.md")).isTrue();
        assertThat(excludes(globs, "docs/api/README.md")).isFalse();
    }

    @Test
    void innerDoubleStarMatchesZeroOrMoreFolders() {
        List<String> globs = ExcludePatterns.toGlobs("docs/**/*.md");

        assertThat(excludes(globs, "docs/README.md")).isTrue();
        assertThat(excludes(globs, "docs/api/v1/README.md")).isTrue();
        assertThat(excludes(globs, "src/README.md")).isFalse();
    }

    @Test
    void leadingDoubleStarMatchesAtRootToo() {
        List<String> globs = ExcludePatterns.toGlobs("**/fixtures");

        assertThat(excludes(globs, "fixtures/legacy/Tools.java")).isTrue();
        assertThat(excludes(globs, "a/b/fixtures/legacy/Tools.java")).isTrue();
        assertThat(excludes(globs, "a/b/fixture/Tools.java")).isFalse();
    }

    @Test
    void nioStyleGlobKeepsItsMeaning() {
        List<String> globs = ExcludePatterns.toGlobs("**/generated/**");

        assertThat(excludes(globs, "generated/A.java")).isTrue();
        assertThat(excludes(globs, "x/y/generated/A.java")).isTrue();
        assertThat(excludes(globs, "x/y/A.java")).isFalse();
    }

    @Test
    void bracesAreLiteral() {
        List<String> globs = ExcludePatterns.toGlobs("{a,b}.java");

        assertThat(excludes(globs, "{a,b}.java")).isTrue();
        assertThat(excludes(globs, "a.java")).isFalse();
    }

    @Test
    void characterClassWorks() {
        List<String> globs = ExcludePatterns.toGlobs("Token[0-9].java");

        assertThat(excludes(globs, "src/Token7.java")).isTrue();
        assertThat(excludes(globs, "src/TokenX.java")).isFalse();
    }

    @Test
    void ignoreFileSkipsCommentsAndBlankLines() {
        String content = "# generated code\n\n   \ntarget/\r\n*.min.js  \n\\#notes.txt\n";

        List<String> globs = ExcludePatterns.parseIgnoreFile(content, ".applytokenignore");

        assertThat(excludes(globs, "service/target/A.java")).isTrue();
        assertThat(excludes(globs, "web/app.min.js")).isTrue();
        assertThat(excludes(globs, "#notes.txt")).isTrue();
        assertThat(excludes(globs, "generated/A.java")).isFalse();
        assertThat(globs).noneMatch(glob -> glob.contains("#generated"));
    }

    @Test
    void negationIsRejectedWithLine() {
        String content = "build/\n!build/keep/Tokens.java\n";

        assertThatThrownBy(() -> ExcludePatterns.parseIgnoreFile(content, ".applytokenignore"))
                .isInstanceOf(InvalidExcludeException.class)
                .hasMessageContaining(".applytokenignore line 2")
                .hasMessageContaining("negation");
    }

    @Test
    void invalidGlobIsRejected() {
        assertThatThrownBy(() -> ExcludePatterns.toGlobs("src/[abc"))
                .isInstanceOf(InvalidExcludeException.class)
                .hasMessageContaining("'src/[abc'");
    }

    @Test
    void lonelySlashIsRejected() {
        assertThatThrownBy(() -> ExcludePatterns.toGlobs("/"))
                .isInstanceOf(InvalidExcludeException.class)
                .hasMessageContaining("matches nothing");
    }

    @Test
    void combineReadsIgnoreFileThenOptions(@TempDir Path root) throws IOException {
        Files.writeString(root.resolve(ExcludePatterns.IGNORE_FILE_NAME), "legacy-samples/\n", StandardCharsets.UTF_8);

        List<String> globs = ExcludePatterns.combine(root, List.of("*.min.js", "legacy-samples/"));

        assertThat(excludes(globs, "legacy-samples/Tools.java")).isTrue();
        assertThat(excludes(globs, "static/app.min.js")).isTrue();
        assertThat(excludes(globs, "src/Tools.java")).isFalse();
        assertThat(globs).doesNotHaveDuplicates();
        assertThat(globs.get(0)).contains("legacy-samples");
    }

    @Test
    void combineWithoutIgnoreFileUsesOptionsOnly(@TempDir Path root) throws IOException {
        assertThat(ExcludePatterns.combine(root, List.of())).isEmpty();
        assertThat(ExcludePatterns.combine(root, List.of("x.java"))).isNotEmpty();
    }

    /** Matches like the scanner's walker: each glob against the root-relative path. */
    private static boolean excludes(List<String> globs, String relativePath) {
        Path path = Path.of(relativePath);
        for (String glob : globs) {
            PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
            if (matcher.matches(path)) {
                return true;
            }
        }
        return false;
    }
}
