package dev.applytoken.scanner.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * Replaces files so that a reader sees either the old or the new content, never a half-written file:
 * the new bytes go to a temporary file in the same folder, which is then renamed over the target.
 * The target keeps its POSIX permissions. Files behind a symbolic link, or outside the root, are
 * rejected.
 */
public final class AtomicFileWriter {

    private final Path realRoot;

    public AtomicFileWriter(Path root) throws IOException {
        this.realRoot = root.toRealPath();
    }

    /** Replaces {@code file} (absolute, or relative to the root) with {@code bytes}. */
    public void replace(Path file, byte[] bytes) throws IOException {
        Path target = realRoot.resolve(file).normalize();
        checkInsideRoot(target);

        Path temporary;
        try {
            temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".applytoken.tmp");
        } catch (IOException e) {
            throw new IOException("cannot create a file in " + target.getParent() + ": " + e.getClass().getSimpleName(), e);
        }
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            copyPermissions(target, temporary);
            move(temporary, target);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private void checkInsideRoot(Path target) throws IOException {
        if (Files.isSymbolicLink(target)) {
            throw new IOException(target + " is a symbolic link; applytoken does not write through links. "
                    + "Edit the file it points to by hand, or run fix on the folder that contains it.");
        }
        Path realParent = target.getParent().toRealPath();
        if (!realParent.startsWith(realRoot)) {
            throw new IOException(target + " lies outside " + realRoot + " through a symbolic link; it was not changed.");
        }
    }

    private static void copyPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        if (source == null || !Files.exists(from, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Set<PosixFilePermission> permissions = source.readAttributes().permissions();
        Files.setPosixFilePermissions(to, permissions);
    }

    private static void move(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
