package io.parlor.application.chat;

import io.parlor.application.chat.port.in.DownloadAttachment;
import io.parlor.application.chat.port.out.Attachments;
import io.parlor.application.chat.port.out.BlobStore;
import io.parlor.application.chat.port.out.Messages;
import io.parlor.application.chat.port.out.Rooms;
import io.parlor.domain.chat.AttachmentInfo;
import io.parlor.domain.chat.AttachmentNotFound;
import io.parlor.domain.membership.MemberId;
import java.util.Optional;

final class DownloadAttachmentService implements DownloadAttachment {

    private final Attachments attachments;
    private final BlobStore blobs;
    private final Messages messages;
    private final Rooms rooms;

    DownloadAttachmentService(Attachments attachments, BlobStore blobs, Messages messages, Rooms rooms) {
        this.attachments = attachments;
        this.blobs = blobs;
        this.messages = messages;
        this.rooms = rooms;
    }

    @Override
    public Download download(Query query) {
        var attachment = attachments.find(query.attachment())
                .filter(found -> mayRead(found, query.member()))
                .orElseThrow(AttachmentNotFound::new);
        var content = blobs.read(attachment.id()).orElseThrow(AttachmentNotFound::new);
        return new Download(attachment, content);
    }

    private boolean mayRead(AttachmentInfo attachment, MemberId member) {
        return attachment.owner().equals(member) || messages.roomsShowing(attachment.id()).stream()
                .map(rooms::findById).flatMap(Optional::stream)
                .anyMatch(room -> room.hasMember(member));
    }
}
