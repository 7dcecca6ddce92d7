package archfixtures.broken.domain.chat;

import archfixtures.broken.domain.notification.NoticeId;
import org.jmolecules.event.types.DomainEvent;

/**
 * Breaks, with {@code NoticeSent}: domain contexts are free of cycles. Each side uses only the
 * other's id, which alone would be allowed.
 */
public record MessageFlagged(RoomId room, NoticeId notice) implements DomainEvent {
}
