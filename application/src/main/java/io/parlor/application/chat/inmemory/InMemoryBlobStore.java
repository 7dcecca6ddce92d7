package io.parlor.application.chat.inmemory;

import io.parlor.application.chat.port.out.BlobStore;
import io.parlor.domain.chat.AttachmentId;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Blobs as byte arrays in a map, for tests and small embedded uses; a blob is put once it is read whole. */
public final class InMemoryBlobStore implements BlobStore {

    private static final int BUFFER = 8 * 1024;

    private final Map<AttachmentId, byte[]> blobs = new ConcurrentHashMap<>();

    @Override
    public OptionalLong write(AttachmentId id, InputStream content, long maxBytes) {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes is at least 0: " + maxBytes);
        }
        var bytes = new ByteArrayOutputStream();
        var buffer = new byte[BUFFER];
        try {
            int read;
            while ((read = content.read(buffer, 0, upTo(maxBytes - bytes.size() + 1, buffer.length))) > 0) {
                bytes.write(buffer, 0, read);
                if (bytes.size() > maxBytes) {
                    return OptionalLong.empty();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the content of attachment " + id, e);
        }
        blobs.put(id, bytes.toByteArray());
        return OptionalLong.of(bytes.size());
    }

    /** How much to read next: what is left up to the byte past the limit, at most a buffer. */
    private static int upTo(long left, int buffer) {
        return left <= 0 || left > buffer ? buffer : (int) left;
    }

    @Override
    public Optional<InputStream> read(AttachmentId id) {
        return Optional.ofNullable(blobs.get(id)).map(ByteArrayInputStream::new);
    }

    @Override
    public boolean delete(AttachmentId id) {
        return blobs.remove(id) != null;
    }

    /** The ids of every blob kept, for tests that check what was (not) kept. */
    public Set<AttachmentId> ids() {
        return Set.copyOf(blobs.keySet());
    }
}
