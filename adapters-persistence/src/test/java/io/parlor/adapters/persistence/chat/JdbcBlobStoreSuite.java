package io.parlor.adapters.persistence.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.core.type.Argument;
import io.micronaut.transaction.TransactionOperations;
import io.parlor.adapters.persistence.shared.JdbcTransactionRunner;
import io.parlor.adapters.persistence.shared.TestDatabase;
import io.parlor.application.chat.port.out.BlobStore;
import io.parlor.application.chat.port.out.BlobStoreContract;
import io.parlor.domain.chat.AttachmentId;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Connection;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The blob store contract, and what keeping blobs in chunks adds to it, on one database; subclasses say which. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbcBlobStoreSuite extends BlobStoreContract {

    @RegisterExtension
    final TestDatabase database;

    protected JdbcBlobStoreSuite(TestDatabase database) {
        this.database = database;
    }

    @Override
    protected BlobStore newSubject() {
        return new JdbcBlobStore(database.bean(Argument.of(TransactionOperations.class, Connection.class)));
    }

    private static byte[] pattern(int size) {
        var bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) (i * 31 + i / 7);
        }
        return bytes;
    }

    @Test
    void aFileOfSeveralChunksEndingOnAChunkBoundaryReadsBackWhole() throws IOException {
        var blobs = newSubject();
        var even = new AttachmentId(UUID.randomUUID());
        var odd = new AttachmentId(UUID.randomUUID());

        blobs.write(even, new ByteArrayInputStream(pattern(2 * JdbcBlobStore.CHUNK)), 2 * JdbcBlobStore.CHUNK);
        blobs.write(odd, new ByteArrayInputStream(pattern(2 * JdbcBlobStore.CHUNK + 5)), 3 * JdbcBlobStore.CHUNK);

        try (var in = blobs.read(even).orElseThrow()) {
            assertThat(in.readAllBytes()).isEqualTo(pattern(2 * JdbcBlobStore.CHUNK));
        }
        try (var in = blobs.read(odd).orElseThrow()) {
            assertThat(in.readAllBytes()).isEqualTo(pattern(2 * JdbcBlobStore.CHUNK + 5));
        }
    }

    @Test
    void oneBytePastALimitOnAChunkBoundaryIsRefused() {
        var blobs = newSubject();
        var id = new AttachmentId(UUID.randomUUID());

        var size = blobs.write(id, new ByteArrayInputStream(pattern(2 * JdbcBlobStore.CHUNK + 1)),
                2 * JdbcBlobStore.CHUNK);

        assertThat(size).isEmpty();
        assertThat(blobs.read(id)).isEmpty();
    }

    @Test
    void aBlobWrittenInsideAUnitOfWorkStaysWhenThatUnitRollsBack() {
        var blobs = newSubject();
        var id = new AttachmentId(UUID.randomUUID());

        assertThatThrownBy(() -> database.bean(JdbcTransactionRunner.class).runInTransaction(() -> {
            blobs.write(id, new ByteArrayInputStream(pattern(10)), 100);
            throw new IllegalStateException("rolled back");
        })).hasMessage("rolled back");

        assertThat(blobs.read(id)).as("blobs take no part in units of work").isPresent();
    }

    @Test
    void aStreamWhoseBlobWasDeletedFailsInsteadOfEndingEarly() throws IOException {
        var blobs = newSubject();
        var id = new AttachmentId(UUID.randomUUID());
        blobs.write(id, new ByteArrayInputStream(pattern(3 * JdbcBlobStore.CHUNK)), 3 * JdbcBlobStore.CHUNK);

        try (var in = blobs.read(id).orElseThrow()) {
            in.readNBytes(JdbcBlobStore.CHUNK + 1);
            blobs.delete(id);
            assertThatThrownBy(in::readAllBytes).isInstanceOf(IOException.class).hasMessageContaining("deleted");
        }
    }
}
