package io.parlor.application.chat.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parlor.domain.chat.AttachmentId;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link BlobStore} does. Each test uses fresh ids. */
public abstract class BlobStoreContract {

    /** An empty or shared store; tests never assume it is empty. */
    protected abstract BlobStore newSubject();

    private static AttachmentId anyId() {
        return new AttachmentId(UUID.randomUUID());
    }

    private static byte[] randomBytes(int size) {
        var bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    private static byte[] readAll(BlobStore blobs, AttachmentId id) {
        try (InputStream in = blobs.read(id).orElseThrow()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void readsBackEveryByteWritten() {
        var blobs = newSubject();
        var id = anyId();
        var bytes = randomBytes(300_000);

        var size = blobs.write(id, new ByteArrayInputStream(bytes), 1_000_000);

        assertThat(size).hasValue(bytes.length);
        assertThat(readAll(blobs, id)).isEqualTo(bytes);
        assertThat(readAll(blobs, id)).as("read again").isEqualTo(bytes);
    }

    @Test
    void anEmptyFileIsABlobToo() {
        var blobs = newSubject();
        var id = anyId();

        var size = blobs.write(id, InputStream.nullInputStream(), 10);

        assertThat(size).hasValue(0);
        assertThat(readAll(blobs, id)).isEmpty();
    }

    @Test
    void contentOfExactlyTheLimitIsKept() {
        var blobs = newSubject();
        var id = anyId();

        var size = blobs.write(id, new ByteArrayInputStream(randomBytes(1000)), 1000);

        assertThat(size).hasValue(1000);
    }

    @Test
    void contentOverTheLimitIsRefusedAndNothingIsKept() {
        var blobs = newSubject();
        var id = anyId();

        var size = blobs.write(id, new ByteArrayInputStream(randomBytes(1001)), 1000);

        assertThat(size).isEmpty();
        assertThat(blobs.read(id)).isEmpty();
    }

    @Test
    void stopsReadingOneBytePastTheLimit() {
        var blobs = newSubject();
        var endless = new Endless(64L * 1024 * 1024);

        var size = blobs.write(anyId(), endless, 100_000);

        assertThat(size).isEmpty();
        assertThat(endless.served).isEqualTo(100_001);
    }

    @Test
    void aFailingStreamLeavesNothingBehind() {
        var blobs = newSubject();
        var id = anyId();
        var failing = new Endless(20_000) {
            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                if (served >= 10_000) {
                    throw new IOException("connection reset");
                }
                return super.read(buffer, offset, length);
            }
        };

        assertThatThrownBy(() -> blobs.write(id, failing, 1_000_000)).isInstanceOf(UncheckedIOException.class);
        assertThat(blobs.read(id)).isEmpty();
    }

    @Test
    void leavesTheContentOpen() {
        var blobs = newSubject();
        var content = new Endless(10);

        blobs.write(anyId(), content, 100);

        assertThat(content.closed).isFalse();
    }

    @Test
    void nothingIsReadUnderAnUnknownId() {
        assertThat(newSubject().read(anyId())).isEmpty();
    }

    @Test
    void aDeletedBlobIsGoneAndDeletingAgainDoesNothing() {
        var blobs = newSubject();
        var id = anyId();
        var kept = anyId();
        blobs.write(id, new ByteArrayInputStream(randomBytes(10)), 100);
        blobs.write(kept, new ByteArrayInputStream(randomBytes(20)), 100);

        boolean first = blobs.delete(id);
        boolean second = blobs.delete(id);

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(blobs.read(id)).isEmpty();
        assertThat(readAll(blobs, kept)).isEqualTo(randomBytes(20));
    }

    @Test
    void writingAnIdAgainReplacesItsBytes() {
        var blobs = newSubject();
        var id = anyId();
        blobs.write(id, new ByteArrayInputStream(randomBytes(50)), 100);

        blobs.write(id, new ByteArrayInputStream(randomBytes(70)), 100);

        assertThat(readAll(blobs, id)).isEqualTo(randomBytes(70));
    }

    @Test
    void concurrentWritesKeepEachBlobApart() {
        var blobs = newSubject();
        var ids = java.util.stream.IntStream.range(0, 8).mapToObj(i -> anyId()).toList();

        var sizes = Concurrently.run(8, i -> blobs.write(ids.get(i),
                new ByteArrayInputStream(randomBytes(10_000 + i)), 100_000).orElseThrow());

        assertThat(sizes).containsExactly(10_000L, 10_001L, 10_002L, 10_003L, 10_004L, 10_005L, 10_006L, 10_007L);
        for (int i = 0; i < ids.size(); i++) {
            assertThat(readAll(blobs, ids.get(i))).isEqualTo(randomBytes(10_000 + i));
        }
    }

    /** Serves {@code length} bytes made up on the fly, counting what it served. */
    private static class Endless extends InputStream {

        private final long length;
        long served;
        boolean closed;

        Endless(long length) {
            this.length = length;
        }

        @Override
        public int read() throws IOException {
            var one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int count) throws IOException {
            if (served >= length) {
                return -1;
            }
            int n = (int) Math.min(count, length - served);
            for (int i = 0; i < n; i++) {
                buffer[offset + i] = (byte) (served + i);
            }
            served += n;
            return n;
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
