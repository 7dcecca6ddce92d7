package io.parlor.adapters.persistence.chat;

import io.parlor.application.chat.port.out.BlobStore;
import io.parlor.domain.chat.AttachmentId;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The {@link BlobStore} of the embedded default: one file per attachment in a root directory,
 * named by the id's UUID text alone, never by anything a client sent. A write streams the content
 * into a temporary file in that directory ({@code .upload-*.part}), counting the bytes and
 * stopping one past the limit, forces it to disk and renames it into place in one atomic step, so
 * a reader finds a whole blob or none; a refused or failed write deletes its temporary file. Where
 * the file system is POSIX, the directory and its files are readable by their owner only. Instances
 * see each other's blobs only when they share the directory.
 */
public final class FileSystemBlobStore implements BlobStore {

    private static final String TEMPORARY_PREFIX = ".upload-";
    private static final String TEMPORARY_SUFFIX = ".part";
    private static final int BUFFER = 64 * 1024;

    private final Path root;

    /** Keeps blobs in {@code root}, created on the first write when missing. */
    public FileSystemBlobStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public OptionalLong write(AttachmentId id, InputStream content, long maxBytes) {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes is at least 0: " + maxBytes);
        }
        Path temporary = null;
        try {
            Files.createDirectories(root, ownerOnly("rwx------"));
            temporary = Files.createTempFile(root, TEMPORARY_PREFIX, TEMPORARY_SUFFIX, ownerOnly("rw-------"));
            long size;
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                size = copy(content, Channels.newOutputStream(channel), maxBytes);
                if (size > maxBytes) {
                    return OptionalLong.empty();
                }
                channel.force(true);
            }
            Files.move(temporary, fileOf(id), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            temporary = null;
            return OptionalLong.of(size);
        } catch (IOException e) {
            throw new UncheckedIOException("could not keep the bytes of attachment " + id, e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    @Override
    public Optional<InputStream> read(AttachmentId id) {
        try {
            return Optional.of(Files.newInputStream(fileOf(id)));
        } catch (NoSuchFileException absent) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("could not open the bytes of attachment " + id, e);
        }
    }

    @Override
    public boolean delete(AttachmentId id) {
        try {
            return Files.deleteIfExists(fileOf(id));
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove the bytes of attachment " + id, e);
        }
    }

    /** The file of a blob: a UUID's text holds only hex digits and dashes, so it stays in {@code root}. */
    private Path fileOf(AttachmentId id) {
        return root.resolve(id.value().toString());
    }

    /** Copies up to one byte past {@code maxBytes}; the number of bytes copied. */
    private static long copy(InputStream content, OutputStream out, long maxBytes) throws IOException {
        var buffer = new byte[BUFFER];
        long copied = 0;
        int read;
        while (copied <= maxBytes && (read = content.read(buffer, 0, upTo(maxBytes - copied + 1))) > 0) {
            out.write(buffer, 0, read);
            copied += read;
        }
        return copied;
    }

    /** How much to read next: what is left up to the byte past the limit, at most a buffer. */
    private static int upTo(long left) {
        return left <= 0 || left > BUFFER ? BUFFER : (int) left;
    }

    private void deleteQuietly(Path temporary) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            // a leftover .part file is never read as a blob
        }
    }

    private FileAttribute<?>[] ownerOnly(String permissions) {
        if (!root.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[0];
        }
        var posix = PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions));
        return new FileAttribute<?>[] {posix};
    }
}
