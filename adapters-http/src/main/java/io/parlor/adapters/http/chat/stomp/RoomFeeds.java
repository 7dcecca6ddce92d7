package io.parlor.adapters.http.chat.stomp;

import io.micronaut.json.JsonMapper;
import io.parlor.adapters.http.chat.ChatResponses.MessageResponse;
import io.parlor.adapters.http.chat.ChatResponses.RoomEventResponse;
import io.parlor.application.chat.port.in.FollowRoom;
import io.parlor.domain.chat.MemberJoined;
import io.parlor.domain.chat.MemberLeft;
import io.parlor.domain.chat.MemberTyping;
import io.parlor.domain.chat.MessagePosted;
import io.parlor.domain.chat.MessagesRead;
import io.parlor.domain.chat.RoomId;
import io.parlor.domain.membership.MemberId;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jmolecules.event.types.DomainEvent;

/**
 * The rooms that connections of this instance subscribed to: one {@link FollowRoom} per room,
 * however many subscriptions, and each event encoded once for all of them. Delivery never
 * takes the registry's lock, and following a room (which waits for the bus) holds only that
 * room's, so the bus's delivery thread and a new subscription can never wait on each other.
 */
@Singleton
final class RoomFeeds {

    private final FollowRoom followRoom;
    private final JsonMapper json;
    private final Map<RoomId, Feed> feeds = new HashMap<>();

    RoomFeeds(FollowRoom followRoom, JsonMapper json) {
        this.followRoom = followRoom;
        this.json = json;
    }

    /** Starts sending {@code room}'s messages (or, with {@code events}, its other events) to a subscription. */
    void join(RoomId room, StompConnection connection, String subscription, boolean events) {
        Feed feed;
        synchronized (this) {
            feed = feeds.computeIfAbsent(room, Feed::new);
            feed.listeners.add(new Listener(connection, subscription, events));
        }
        feed.startFollowing();
    }

    synchronized void leave(RoomId room, StompConnection connection, String subscription) {
        var feed = feeds.get(room);
        if (feed != null) {
            feed.listeners.removeIf(l -> l.connection == connection && l.subscription.equals(subscription));
            closeIfUnused(feed);
        }
    }

    synchronized void leaveAll(StompConnection connection) {
        for (var feed : List.copyOf(feeds.values())) {
            feed.listeners.removeIf(l -> l.connection == connection);
            closeIfUnused(feed);
        }
    }

    private void closeIfUnused(Feed feed) {
        if (feed.listeners.isEmpty()) {
            feeds.remove(feed.room);
            feed.stopFollowing();
        }
    }

    /** @param head the start of every MESSAGE frame of this subscription, encoded once */
    private record Listener(StompConnection connection, String subscription, boolean events, byte[] head) {

        Listener(StompConnection connection, String subscription, boolean events) {
            this(connection, subscription, events, StompEncoder.messageHead(subscription));
        }
    }

    private final class Feed {

        private final RoomId room;
        private final String messages;
        private final String events;
        private final CopyOnWriteArrayList<Listener> listeners = new CopyOnWriteArrayList<>();
        private FollowRoom.Following following;
        private boolean stopped;

        Feed(RoomId room) {
            this.room = room;
            this.messages = "/topic/chat." + room.value();
            this.events = messages + ".events";
        }

        synchronized void startFollowing() {
            if (following == null && !stopped) {
                following = followRoom.follow(room, this::accept);
            }
        }

        synchronized void stopFollowing() {
            stopped = true;
            if (following != null) {
                following.close();
            }
        }

        /** The leaver hears nothing after its leave; its subscriptions end when it unsubscribes or closes. */
        private void forget(MemberId member) {
            listeners.removeIf(l -> l.connection.member().filter(member::equals).isPresent());
        }

        void accept(DomainEvent event) {
            if (event instanceof MessagePosted posted) {
                send(false, messages, "m-" + posted.seq(), encode(MessageResponse.of(posted)));
            } else if (event instanceof MessagesRead read) {
                sendEvent("read", read.member(), read.seq(), read.readAt().toEpochMilli());
            } else if (event instanceof MemberTyping typing) {
                sendEvent("typing", typing.member(), null, typing.at().toEpochMilli());
            } else if (event instanceof MemberJoined joined) {
                sendEvent("member-joined", joined.member(), joined.seq(), joined.seq());
            } else if (event instanceof MemberLeft left) {
                forget(left.member()); // it comes just before its notice, so the leaver hears neither
                sendEvent("member-left", left.member(), left.seq(), left.seq());
            }
        }

        private void sendEvent(String name, MemberId member, Long seq, long discriminator) {
            var body = encode(new RoomEventResponse(name, room.value().toString(), member.value().toString(), seq));
            send(true, events, name + "-" + member.value() + "-" + discriminator, body);
        }

        private void send(boolean eventListeners, String destination, String messageId, byte[] body) {
            byte[] tail = StompEncoder.messageTail(messageId, destination, body);
            for (Listener listener : listeners) {
                if (listener.events == eventListeners) {
                    listener.connection.deliver(listener.head, tail);
                }
            }
        }
    }

    private byte[] encode(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
