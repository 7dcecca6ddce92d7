package io.parlor.adapters.persistence.chat;

import static io.parlor.adapters.persistence.shared.Sql.first;
import static io.parlor.adapters.persistence.shared.Sql.update;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.parlor.adapters.persistence.shared.Sql;
import io.parlor.application.chat.port.out.BlobStore;
import io.parlor.domain.chat.AttachmentId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * {@link BlobStore} in the table {@code chat_blob_chunks} of {@code V10__chat_blobs.sql}: each blob
 * is a run of chunks of at most {@link #CHUNK} bytes. A write runs in a transaction of its own
 * (blobs take no part in units of work), so its chunks appear together or not at all; a read
 * fetches one chunk at a time, each in a short transaction, so a download never holds a pooled
 * connection between chunks. A stream opened before its blob was deleted fails with an
 * {@link IOException} on the first chunk it can no longer find.
 */
public final class JdbcBlobStore implements BlobStore {

    /** Bytes per row: large enough that a 10 MB file is 40 rows, small enough to sit in memory per upload. */
    static final int CHUNK = 256 * 1024;

    private static final TransactionDefinition OWN = TransactionDefinition.of(TransactionDefinition.Propagation.REQUIRES_NEW);
    private static final String DELETE = "DELETE FROM chat_blob_chunks WHERE blob_id = ?";
    private static final String INSERT = "INSERT INTO chat_blob_chunks (blob_id, seq, content) VALUES (?, ?, ?)";
    private static final String CHUNK_AT = "SELECT content FROM chat_blob_chunks WHERE blob_id = ? AND seq = ?";
    private static final String CHUNKS = "SELECT COUNT(*) AS chunks FROM chat_blob_chunks WHERE blob_id = ?";

    private final TransactionOperations<Connection> transactions;
    private final Sql sql;

    public JdbcBlobStore(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
        this.sql = new Sql(transactions);
    }

    @Override
    public OptionalLong write(AttachmentId id, InputStream content, long maxBytes) {
        try {
            return OptionalLong.of(transactions.execute(OWN, status -> store(status.getConnection(), id, content,
                    maxBytes)));
        } catch (TooLarge e) {
            return OptionalLong.empty();
        } catch (Failed e) {
            throw e.cause;
        } catch (RuntimeException e) {
            throw Sql.unreachableOr(e);
        }
    }

    private static long store(Connection connection, AttachmentId id, InputStream content, long maxBytes) {
        try {
            update(connection, DELETE, id.value());
            long total = 0;
            int seq = 0;
            var buffer = new byte[CHUNK];
            while (true) {
                int wanted = (int) Math.min(CHUNK, maxBytes + 1 - total);
                int filled = content.readNBytes(buffer, 0, wanted);
                total += filled;
                if (total > maxBytes) {
                    throw new TooLarge();
                }
                // An empty file still gets its chunk 0, which is how a blob is known to exist.
                if (filled > 0 || seq == 0) {
                    update(connection, INSERT, id.value(), seq++, Arrays.copyOf(buffer, filled));
                }
                if (filled < wanted) {
                    return total;
                }
            }
        } catch (IOException e) {
            throw new Failed(new UncheckedIOException(e));
        } catch (SQLException e) {
            throw new Failed(new UncheckedIOException(new IOException("blob " + id.value() + " not stored", e)));
        }
    }

    @Override
    public Optional<InputStream> read(AttachmentId id) {
        int chunks = sql.read(connection -> first(connection, CHUNKS, row -> row.getInt("chunks"), id.value()))
                .orElse(0);
        return chunks == 0 ? Optional.empty() : Optional.of(new ChunkStream(id, chunks));
    }

    @Override
    public boolean delete(AttachmentId id) {
        try {
            return transactions.execute(OWN, status -> {
                try {
                    return update(status.getConnection(), DELETE, id.value()) > 0;
                } catch (SQLException e) {
                    throw new UncheckedIOException(new IOException("blob " + id.value() + " not deleted", e));
                }
            });
        } catch (UncheckedIOException e) {
            throw e;
        } catch (RuntimeException e) {
            throw Sql.unreachableOr(e);
        }
    }

    private Optional<byte[]> chunk(AttachmentId id, int seq) {
        return sql.read(connection -> first(connection, CHUNK_AT, row -> row.getBytes("content"), id.value(), seq));
    }

    /** Reads the {@code chunks} chunks of a blob, counted when it was opened, one at a time. */
    private final class ChunkStream extends InputStream {

        private final AttachmentId id;
        private final int chunks;
        private byte[] current = new byte[0];
        private int position;
        private int next;

        ChunkStream(AttachmentId id, int chunks) {
            this.id = id;
            this.chunks = chunks;
        }

        @Override
        public int read() throws IOException {
            var one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] target, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            while (position == current.length) {
                if (next == chunks) {
                    return -1;
                }
                advance();
            }
            int n = Math.min(length, current.length - position);
            System.arraycopy(current, position, target, offset, n);
            position += n;
            return n;
        }

        private void advance() throws IOException {
            Optional<byte[]> found;
            try {
                found = chunk(id, next);
            } catch (RuntimeException e) {
                throw new IOException("blob " + id.value() + " could not be read", e);
            }
            current = found.orElseThrow(() -> new IOException("blob " + id.value() + " was deleted while it was read"));
            position = 0;
            next++;
        }
    }

    /** Rolls the write back: the content held more than the limit. */
    private static final class TooLarge extends RuntimeException {
        TooLarge() {
            super(null, null, false, false);
        }
    }

    /** Rolls the write back and carries the failure out of the transaction. */
    private static final class Failed extends RuntimeException {
        private final UncheckedIOException cause;

        Failed(UncheckedIOException cause) {
            super(cause.getMessage(), cause, false, false);
            this.cause = cause;
        }
    }
}
