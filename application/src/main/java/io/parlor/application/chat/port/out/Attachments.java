package io.parlor.application.chat.port.out;

import io.parlor.domain.chat.AttachmentId;
import io.parlor.domain.chat.AttachmentInfo;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The metadata of uploaded files (owner, name, type, size); their bytes are in the
 * {@link BlobStore} under the same id. Attachments are never changed once added.
 */
public interface Attachments {

    /**
     * Stores the metadata of a new upload, unless an attachment with its id exists: then stores
     * nothing and leaves the existing one as it was. Joins the running unit of work, if any.
     *
     * @param uploadedAt when the upload completed
     * @return whether the attachment was stored
     */
    boolean add(AttachmentInfo attachment, Instant uploadedAt);

    /** The metadata of the upload with this id, if one was stored. */
    Optional<AttachmentInfo> find(AttachmentId id);

    /**
     * Up to {@code limit} attachments uploaded before {@code cutoff} that no stored message shows
     * (uploaded and never posted), oldest first.
     */
    List<AttachmentId> unpostedBefore(Instant cutoff, int limit);

    /** Removes the attachment's record unless a stored message shows it; {@code true} if it was removed. */
    boolean removeUnposted(AttachmentId id);
}
