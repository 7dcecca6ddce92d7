package io.parlor.application.chat;

import io.parlor.application.chat.port.out.RoomActivity;
import io.parlor.application.shared.port.out.DomainEventBus;
import io.parlor.domain.chat.Message;
import io.parlor.domain.chat.MessagesRead;
import io.parlor.domain.chat.RoomId;
import io.parlor.domain.chat.RoomUpdated;
import io.parlor.domain.membership.MemberId;
import java.time.Instant;
import java.util.Set;
import org.jmolecules.event.types.DomainEvent;

/** Publishes chat events on their topics; called only after the unit of work committed. */
final class ChatEvents {

    private final DomainEventBus bus;
    private final RoomActivity activity;

    ChatEvents(DomainEventBus bus, RoomActivity activity) {
        this.bus = bus;
        this.activity = activity;
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
        var posted = message.posted();
        inRoom(message.room(), posted);
        inChat(new RoomUpdated(message.room(), members, message.seq(), message.sentAt()));
        activity.posted(posted, members);
    }

    /** A moved read mark, then the room-list update of its reader. */
    void read(MessagesRead read, long lastSeq) {
        inRoom(read.room(), read);
        updated(read.room(), Set.of(read.member()), lastSeq, read.readAt());
        activity.read(read);
    }

    /** The room-list update of {@code members} alone. */
    void updated(RoomId room, Set<MemberId> members, long lastSeq, Instant now) {
        inChat(new RoomUpdated(room, members, lastSeq, now));
    }
}
