package io.parlor.application.chat;

import io.parlor.application.shared.port.out.DomainEventBus;
import io.parlor.domain.chat.Message;
import io.parlor.domain.chat.RoomId;
import io.parlor.domain.chat.RoomUpdated;
import io.parlor.domain.membership.MemberId;
import java.time.Instant;
import java.util.Set;
import org.jmolecules.event.types.DomainEvent;

/** Publishes chat events on their topics; called only after the unit of work committed. */
final class ChatEvents {

    private final DomainEventBus bus;

    ChatEvents(DomainEventBus bus) {
        this.bus = bus;
    }

    /** An event of one room, on {@code chat.room.<id>}. */
    void inRoom(RoomId room, DomainEvent event) {
        bus.publish(ChatUseCases.roomTopic(room), event);
    }

    /** An event of chat as a whole, on {@code chat}. */
    void inChat(DomainEvent event) {
        bus.publish(ChatUseCases.TOPIC, event);
    }

    /** A stored message, then the room-list update of {@code members}. */
    void posted(Message message, Set<MemberId> members) {
        inRoom(message.room(), message.posted());
        inChat(new RoomUpdated(message.room(), members, message.seq(), message.sentAt()));
    }

    /** The room-list update of {@code members} alone. */
    void updated(RoomId room, Set<MemberId> members, long lastSeq, Instant now) {
        inChat(new RoomUpdated(room, members, lastSeq, now));
    }
}
