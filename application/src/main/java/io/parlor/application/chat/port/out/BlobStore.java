package io.parlor.application.chat.port.out;

import io.parlor.domain.chat.AttachmentId;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The bytes of uploaded files, one blob per attachment id; what they are is kept by
 * {@link Attachments}. A blob is written once, whole, and read any number of times. Blobs take no
 * part in units of work: a caller that fails after {@link #write} deletes what it wrote.
 */
public interface BlobStore {

    /**
     * Reads {@code content} and keeps its bytes as the blob of {@code id}, unless it holds more
     * than {@code maxBytes}: then it stops reading at byte {@code maxBytes + 1} (whatever follows
     * is never read), keeps nothing and answers empty. A blob appears whole or not at all: until
     * this returns, {@link #read} finds nothing (or, for an id that held a blob, the old bytes),
     * and a failure leaves nothing behind. Ids come from an id generator, so a blob is never
     * written twice; if it were, the new bytes would replace the old. Does not close {@code content}.
     *
     * @param maxBytes the most bytes to keep, at least 0
     * @return the number of bytes kept, or empty when {@code content} held more than {@code maxBytes}
     * @throws UncheckedIOException when {@code content} fails or the bytes cannot be kept
     */
    OptionalLong write(AttachmentId id, InputStream content, long maxBytes);

    /**
     * The bytes of the blob of {@code id}, from the first; the caller closes the stream.
     *
     * @return empty when no blob is kept under {@code id}
     * @throws UncheckedIOException when the blob exists but cannot be opened
     */
    Optional<InputStream> read(AttachmentId id);

    /**
     * Removes the blob of {@code id}, if any; a stream already opened on it may still read it.
     *
     * @return whether there was one
     * @throws UncheckedIOException when it exists but cannot be removed
     */
    boolean delete(AttachmentId id);
}
