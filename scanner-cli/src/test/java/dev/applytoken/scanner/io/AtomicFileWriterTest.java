package dev.applytoken.scanner.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileWriterTest {

    @TempDir
    Path root;

    @TempDir
    Path elsewhere;

    @Test
    void replacesContentAndKeepsPermissions() throws IOException {
        Path script = root.resolve("run.sh");
        Files.writeString(script, "old\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-x---"));

        new AtomicFileWriter(root).replace(script, "new\n".getBytes(StandardCharsets.UTF_8));

        assertThat(Files.readString(script)).isEqualTo("new\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(script))).isEqualTo("rwxr-x---");
    }

    @Test
    void leavesNoTemporaryFileBehind() throws IOException {
        Path file = root.resolve("A.java");
        Files.writeString(file, "old\n");

        new AtomicFileWriter(root).replace(Path.of("A.java"), "new\n".getBytes(StandardCharsets.UTF_8));

        try (Stream<Path> files = Files.list(root)) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactly("A.java");
        }
    }

    @Test
    void rejectsSymbolicLink() throws IOException {
        Path target = elsewhere.resolve("Outside.java");
        Files.writeString(target, "outside\n");
        Path link = root.resolve("Link.java");
        Files.createSymbolicLink(link, target);

        assertThatThrownBy(() -> new AtomicFileWriter(root).replace(link, "changed\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("symbolic link");
        assertThat(Files.readString(target)).isEqualTo("outside\n");
    }

    @Test
    void rejectsFileInLinkedFolderOutsideRoot() throws IOException {
        Path target = elsewhere.resolve("Outside.java");
        Files.writeString(target, "outside\n");
        Files.createSymbolicLink(root.resolve("linked"), elsewhere);

        assertThatThrownBy(() -> new AtomicFileWriter(root)
                .replace(Path.of("linked/Outside.java"), "changed\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("outside");
        assertThat(Files.readString(target)).isEqualTo("outside\n");
    }
}
