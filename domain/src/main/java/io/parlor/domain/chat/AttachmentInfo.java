package io.parlor.domain.chat;

import io.parlor.domain.membership.MemberId;
import java.util.Objects;

/**
 * What chat knows of an uploaded file; the bytes stay in the blob store.
 *
 * @param owner       the member who uploaded it: the only one who may post it
 * @param contentType a media type such as {@code image/png}
 * @param size        in bytes
 */
public record AttachmentInfo(AttachmentId id, MemberId owner, String name, String contentType, long size) {

    public AttachmentInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(contentType, "contentType");
        if (size < 0) {
            throw new IllegalArgumentException("size is not negative: " + size);
        }
    }

    /** Whether the file is an image ({@code image/*}), as an {@code IMAGE} message needs. */
    public boolean image() {
        return contentType.regionMatches(true, 0, "image/", 0, 6);
    }
}
