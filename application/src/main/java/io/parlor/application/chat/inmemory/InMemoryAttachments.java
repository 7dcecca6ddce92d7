package io.parlor.application.chat.inmemory;

import io.parlor.application.chat.port.out.Attachments;
import io.parlor.domain.chat.AttachmentId;
import io.parlor.domain.chat.AttachmentInfo;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Attachment metadata in a map; an add is one atomic insert-if-absent. */
public final class InMemoryAttachments implements Attachments {

    private final Map<AttachmentId, AttachmentInfo> byId = new ConcurrentHashMap<>();

    @Override
    public boolean add(AttachmentInfo attachment, Instant uploadedAt) {
        return byId.putIfAbsent(attachment.id(), attachment) == null;
    }

    @Override
    public Optional<AttachmentInfo> find(AttachmentId id) {
        return Optional.ofNullable(byId.get(id));
    }
}
