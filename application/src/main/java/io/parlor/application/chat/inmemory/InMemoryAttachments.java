package io.parlor.application.chat.inmemory;

import io.parlor.application.chat.port.out.Attachments;
import io.parlor.application.chat.port.out.Messages;
import io.parlor.domain.chat.AttachmentId;
import io.parlor.domain.chat.AttachmentInfo;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Attachment metadata in a map; an add is one atomic insert-if-absent. Whether a message shows an
 * attachment is asked of the messages store it was given.
 */
public final class InMemoryAttachments implements Attachments {

    private record Upload(AttachmentInfo info, Instant at) {
    }

    private final Map<AttachmentId, Upload> byId = new ConcurrentHashMap<>();
    private final Messages messages;

    public InMemoryAttachments(Messages messages) {
        this.messages = messages;
    }

    @Override
    public boolean add(AttachmentInfo attachment, Instant uploadedAt) {
        return byId.putIfAbsent(attachment.id(), new Upload(attachment, uploadedAt)) == null;
    }

    @Override
    public Optional<AttachmentInfo> find(AttachmentId id) {
        return Optional.ofNullable(byId.get(id)).map(Upload::info);
    }

    @Override
    public List<AttachmentId> unpostedBefore(Instant cutoff, int limit) {
        return byId.values().stream().filter(u -> u.at().isBefore(cutoff))
                .filter(u -> messages.roomsShowing(u.info().id()).isEmpty())
                .sorted(Comparator.comparing(Upload::at)).limit(limit).map(u -> u.info().id()).toList();
    }

    @Override
    public boolean removeUnposted(AttachmentId id) {
        return messages.roomsShowing(id).isEmpty() && byId.remove(id) != null;
    }
}
