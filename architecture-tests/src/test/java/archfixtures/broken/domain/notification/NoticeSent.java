package archfixtures.broken.domain.notification;

import archfixtures.broken.domain.chat.RoomId;
import org.jmolecules.event.types.DomainEvent;

/** Breaks, with {@code MessageFlagged}: domain contexts are free of cycles. */
public record NoticeSent(NoticeId notice, RoomId room) implements DomainEvent {
}
