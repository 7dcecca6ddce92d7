package io.parlor.adapters.persistence.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.parlor.application.chat.port.out.BlobStore;
import io.parlor.application.chat.port.out.BlobStoreContract;
import io.parlor.domain.chat.AttachmentId;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemBlobStoreTest extends BlobStoreContract {

    @TempDir
    Path dataDir;

    private Path root() {
        return dataDir.resolve("attachments");
    }

    @Override
    protected BlobStore newSubject() {
        return new FileSystemBlobStore(root());
    }

    private List<String> filesInRoot() throws IOException {
        try (Stream<Path> files = Files.list(root())) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void keepsOneFileNamedByTheIdAloneInADirectoryItCreates() throws IOException {
        var blobs = newSubject();
        var id = new AttachmentId(UUID.randomUUID());

        blobs.write(id, new ByteArrayInputStream(new byte[] {1, 2, 3}), 10);

        assertThat(filesInRoot()).containsExactly(id.value().toString());
        assertThat(Files.readAllBytes(root().resolve(id.value().toString()))).containsExactly(1, 2, 3);
    }

    @Test
    void leavesNoTemporaryFileAfterARefusedOrFailedWrite() throws IOException {
        var blobs = newSubject();
        blobs.write(new AttachmentId(UUID.randomUUID()), new ByteArrayInputStream(new byte[100]), 10);
        var failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };

        assertThatThrownBy(() -> blobs.write(new AttachmentId(UUID.randomUUID()), failing, 10))
                .isInstanceOf(UncheckedIOException.class);
        assertThat(filesInRoot()).isEmpty();
    }

    @Test
    void onlyTheOwnerMayReadTheDirectoryAndItsFiles() throws IOException {
        assumeTrue(dataDir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        var blobs = newSubject();
        var id = new AttachmentId(UUID.randomUUID());

        blobs.write(id, new ByteArrayInputStream(new byte[] {7}), 10);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(root()))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(root().resolve(id.value().toString()))))
                .isEqualTo("rw-------");
    }
}
