package io.parlor.application.chat;

import io.parlor.application.chat.port.out.RoomActivity;
import io.parlor.application.shared.EventPublisher;
import io.parlor.application.shared.port.out.DomainEventBus;
import io.parlor.application.shared.port.out.Topic;
import io.parlor.domain.chat.Message;
import io.parlor.domain.chat.MessagesRead;
import io.parlor.domain.chat.Room;
import io.parlor.domain.chat.RoomEvent;
import io.parlor.domain.chat.RoomUpdated;
import io.parlor.domain.membership.MemberId;
import java.util.Set;
import org.jmolecules.event.types.DomainEvent;

/**
 * Publishes chat's events once the unit of work committed: what a {@link Room} recorded, and
 * each stored message. A {@link RoomEvent} goes on its room's topic, the room lists' events on
 * {@link ChatUseCases#TOPIC}; {@link RoomActivity} hears of each post and read on this instance alone.
 */
final class ChatEvents {

    private final EventPublisher publisher;
    private final RoomActivity activity;

    ChatEvents(DomainEventBus bus, RoomActivity activity) {
        this.publisher = new EventPublisher(bus, ChatEvents::topicOf);
        this.activity = activity;
    }

    /** What {@code room} recorded, oldest first. */
    void publish(Room room) {
        for (DomainEvent event : room.recordedEvents()) {
            publisher.publish(event);
            if (event instanceof MessagesRead read) {
                activity.read(read);
            }
        }
    }

    /** A stored message, then the room-list update of {@code members}, the room's current members. */
    void posted(Message message, Set<MemberId> members) {
        var posted = message.posted();
        publisher.publish(posted);
        publisher.publish(new RoomUpdated(message.room(), members, message.seq(), message.sentAt()));
        activity.posted(posted, members);
    }

    /** A signal that changes nothing stored, such as typing. */
    void signal(DomainEvent event) {
        publisher.publish(event);
    }

    private static Topic topicOf(DomainEvent event) {
        return event instanceof RoomEvent inRoom ? ChatUseCases.roomTopic(inRoom.room()) : ChatUseCases.TOPIC;
    }
}
