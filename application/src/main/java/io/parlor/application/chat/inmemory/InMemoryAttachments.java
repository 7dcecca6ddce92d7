package io.parlor.application.chat.inmemory;

import io.parlor.application.chat.port.out.Attachments;
import io.parlor.domain.chat.AttachmentId;
import io.parlor.domain.chat.AttachmentInfo;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Attachment metadata in a map; {@link #add} stands in for an upload. */
public final class InMemoryAttachments implements Attachments {

    private final Map<AttachmentId, AttachmentInfo> byId = new ConcurrentHashMap<>();

    /** Records an upload, replacing one with the same id. */
    public void add(AttachmentInfo attachment) {
        byId.put(attachment.id(), attachment);
    }

    @Override
    public Optional<AttachmentInfo> find(AttachmentId id) {
        return Optional.ofNullable(byId.get(id));
    }
}
