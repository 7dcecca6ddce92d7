package io.parlor.application.chat.port.out;

import io.parlor.domain.chat.AttachmentId;
import io.parlor.domain.chat.AttachmentInfo;
import java.util.Optional;

/** What chat may learn of uploaded files; uploading them is the blob store's business. */
public interface Attachments {

    /** The metadata of the upload with this id, if one was stored. */
    Optional<AttachmentInfo> find(AttachmentId id);
}
