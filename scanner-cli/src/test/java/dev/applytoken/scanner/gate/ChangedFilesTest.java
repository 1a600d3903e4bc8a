package dev.applytoken.scanner.gate;

import static dev.applytoken.scanner.gate.TestFindings.finding;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.applytoken.legacy.Confidence;
import dev.applytoken.legacy.Operation;
import dev.applytoken.scanner.scan.ScanResult;
import dev.applytoken.scanner.scan.SkippedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangedFilesTest {

    @TempDir
    Path repository;

    @BeforeEach
    void commitBase() throws Exception {
        git("init", "-q", "-b", "main");
        write("service/src/Unchanged.java", "class Unchanged {}");
        write("service/src/Edited.java", "class Edited {}");
        write("service/src/Deleted.java", "class Deleted {}");
        write("other/Outside.java", "class Outside {}");
        write(".gitignore", "*.log\n");
        git("add", "-A");
        git("commit", "-q", "-m", "base");
        git("tag", "base");
    }

    @Test
    void listsCommittedUncommittedAndUntracked() throws Exception {
        write("service/src/Committed.java", "class Committed {}");
        git("add", "service/src/Committed.java");
        git("commit", "-q", "-m", "add a class");
        write("service/src/Edited.java", "class Edited { int changed; }");
        Files.delete(repository.resolve("service/src/Deleted.java"));
        write("service/src/Untracked.java", "class Untracked {}");
        write("service/src/debug.log", "ignored by .gitignore");
        write("service/src/Ünïcode Name.java", "class UnicodeName {}");

        Set<String> changed = ChangedFiles.since(repository, "base");

        assertThat(changed).containsExactlyInAnyOrder("service/src/Committed.java", "service/src/Edited.java",
                "service/src/Untracked.java", "service/src/Ünïcode Name.java");
    }

    @Test
    void changesOnlyOnRefAreIgnored() throws Exception {
        git("switch", "-q", "-c", "feature");
        write("service/src/Feature.java", "class Feature {}");
        git("add", "-A");
        git("commit", "-q", "-m", "feature work");
        git("switch", "-q", "main");
        write("service/src/MainOnly.java", "class MainOnly {}");
        write("service/src/Unchanged.java", "class Unchanged { int editedOnMain; }");
        git("add", "-A");
        git("commit", "-q", "-m", "work on main after the branch point");
        git("switch", "-q", "feature");

        Set<String> changed = ChangedFiles.since(repository, "main");

        assertThat(changed).containsExactly("service/src/Feature.java");
    }

    @Test
    void pathsAreRelativeToSubfolderRoot() throws Exception {
        write("service/src/Edited.java", "class Edited { int changed; }");
        write("other/Outside.java", "class Outside { int changed; }");
        write("service/src/New.java", "class New {}");
        write("other/AlsoNew.java", "class AlsoNew {}");

        Set<String> changed = ChangedFiles.since(repository.resolve("service"), "base");

        assertThat(changed).containsExactlyInAnyOrder("src/Edited.java", "src/New.java");
    }

    @Test
    void nothingChangedGivesEmptySet() throws Exception {
        assertThat(ChangedFiles.since(repository, "base")).isEmpty();
        assertThat(ChangedFiles.since(repository, "HEAD")).isEmpty();
    }

    @Test
    void unknownRefNamesRef() {
        assertThatThrownBy(() -> ChangedFiles.since(repository, "origin/no-such-branch"))
                .isInstanceOf(ChangedFilesException.class)
                .hasMessageContaining("unknown git ref 'origin/no-such-branch'")
                .hasMessageContaining("fetch");
    }

    @Test
    void optionLikeRefIsRejected() {
        assertThatThrownBy(() -> ChangedFiles.since(repository, "--output=/tmp/x"))
                .isInstanceOf(ChangedFilesException.class)
                .hasMessageContaining("invalid git ref '--output=/tmp/x'");
    }

    @Test
    void folderOutsideGitIsRejected(@TempDir Path plainFolder) {
        assertThatThrownBy(() -> ChangedFiles.since(plainFolder, "main"))
                .isInstanceOf(ChangedFilesException.class)
                .hasMessageContaining("is not a usable git work tree")
                .hasMessageContaining("not a git repository");
    }

    @Test
    void keepOnlyDropsFindingsInOtherFiles() {
        ScanResult result = new ScanResult(repository, 3, List.of(
                finding("service/src/Edited.java", 4, Operation.APPLY, Confidence.HIGH),
                finding("service/src/Unchanged.java", 9, Operation.QUERY, Confidence.MEDIUM)),
                List.of(new SkippedFile("big.min.js", "too large"), new SkippedFile("service/src/Edited.java", "x")));

        ScanResult narrowed = ChangedFiles.keepOnly(result, Set.of("service/src/Edited.java"));

        assertThat(narrowed.findings()).extracting(f -> f.file()).containsExactly("service/src/Edited.java");
        assertThat(narrowed.skipped()).extracting(SkippedFile::file).containsExactly("service/src/Edited.java");
        assertThat(narrowed.filesScanned()).isEqualTo(3);
    }

    private void write(String file, String content) throws IOException {
        Path path = repository.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, content, StandardCharsets.UTF_8);
    }

    private void git(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Test", "-c",
                "user.email=test@example.invalid", "-c", "commit.gpgsign=false"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(repository.toFile())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as("git %s: %s", String.join(" ", arguments), output).isZero();
    }
}
