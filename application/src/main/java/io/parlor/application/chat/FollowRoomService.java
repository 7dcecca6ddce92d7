package io.parlor.application.chat;

import io.parlor.application.chat.port.in.FollowRoom;
import io.parlor.application.chat.port.out.Messages;
import io.parlor.application.shared.port.out.DomainEventBus;
import io.parlor.application.shared.port.out.TimeSource;
import io.parlor.domain.chat.RoomId;
import java.util.function.Consumer;
import org.jmolecules.event.types.DomainEvent;

final class FollowRoomService implements FollowRoom {

    private final Messages messages;
    private final DomainEventBus bus;
    private final TimeSource time;

    FollowRoomService(Messages messages, DomainEventBus bus, TimeSource time) {
        this.messages = messages;
        this.bus = bus;
        this.time = time;
    }

    @Override
    public Following follow(RoomId room, Consumer<DomainEvent> listener) {
        var stream = new OrderedRoomStream(room, listener, messages, time);
        var subscription = bus.subscribe(ChatUseCases.roomTopic(room), stream::accept, stream::recover);
        stream.startAfter(messages.lastSeq(room));
        return new Following() {
            @Override
            public void catchUp() {
                stream.catchUp();
            }

            @Override
            public boolean waiting() {
                return stream.waiting();
            }

            @Override
            public void close() {
                subscription.close();
            }
        };
    }
}
