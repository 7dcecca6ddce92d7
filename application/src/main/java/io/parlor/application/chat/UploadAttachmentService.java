package io.parlor.application.chat;

import io.parlor.application.chat.port.in.UploadAttachment;
import io.parlor.application.chat.port.out.Attachments;
import io.parlor.application.chat.port.out.BlobStore;
import io.parlor.application.shared.port.out.IdGenerator;
import io.parlor.application.shared.port.out.TimeSource;
import io.parlor.domain.chat.AttachmentId;
import io.parlor.domain.chat.AttachmentInfo;
import io.parlor.domain.chat.AttachmentName;
import io.parlor.domain.chat.AttachmentTooLarge;
import io.parlor.domain.chat.AttachmentType;

/** Bytes first, metadata second: an attachment is listed only once its bytes are kept whole. */
final class UploadAttachmentService implements UploadAttachment {

    private final Attachments attachments;
    private final BlobStore blobs;
    private final TimeSource time;
    private final IdGenerator ids;
    private final long maxBytes;

    UploadAttachmentService(Attachments attachments, BlobStore blobs, TimeSource time, IdGenerator ids,
            ChatSettings settings) {
        this.attachments = attachments;
        this.blobs = blobs;
        this.time = time;
        this.ids = ids;
        this.maxBytes = settings.maxAttachmentSize();
    }

    @Override
    public AttachmentInfo upload(Command command) {
        var name = AttachmentName.sanitized(command.fileName());
        var type = AttachmentType.parse(command.contentType());
        if (command.declaredSize().orElse(0) > maxBytes) {
            throw new AttachmentTooLarge(maxBytes);
        }
        var id = new AttachmentId(ids.newId());
        long size = blobs.write(id, command.content(), maxBytes).orElseThrow(() -> new AttachmentTooLarge(maxBytes));
        var attachment = new AttachmentInfo(id, command.owner(), name.value(), type.value(), size);
        try {
            if (!attachments.add(attachment, time.now())) {
                throw new IllegalStateException("a fresh attachment id was taken: " + id);
            }
        } catch (RuntimeException e) {
            blobs.delete(id);
            throw e;
        }
        return attachment;
    }
}
