package io.parlor.adapters.messaging.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.parlor.domain.chat.AttachmentId;
import io.parlor.domain.chat.MemberTyping;
import io.parlor.domain.chat.MessageId;
import io.parlor.domain.chat.MessagePosted;
import io.parlor.domain.chat.MessageType;
import io.parlor.domain.chat.MessagesRead;
import io.parlor.domain.chat.RoomCreated;
import io.parlor.domain.chat.RoomId;
import io.parlor.domain.chat.RoomType;
import io.parlor.domain.membership.MemberId;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.event.types.DomainEvent;
import org.junit.jupiter.api.Test;

/** The events every chat delivery of a multi-instance server carries across Redis. */
class RedisEventCodecChatTest {

    private static final Instant AT = Instant.parse("2026-12-08T09:15:30.123456Z");

    private final RedisEventCodec codec = new RedisEventCodec(getClass().getClassLoader());
    private final RoomId room = new RoomId(UUID.randomUUID());
    private final MemberId sender = new MemberId(UUID.randomUUID());
    private final MemberId other = new MemberId(UUID.randomUUID());

    @Test
    void chatEventsSurviveTheRoundTripWithTheirOptionalsAndMembers() {
        var members = new LinkedHashSet<MemberId>(List.of(sender, other));
        List<DomainEvent> events = List.of(
                new MessagePosted(new MessageId(UUID.randomUUID()), room, 41, sender, MessageType.TEXT, "See you at 3",
                        Optional.empty(), Optional.of("c-41"), AT),
                new MessagePosted(new MessageId(UUID.randomUUID()), room, 42, sender, MessageType.IMAGE, "",
                        Optional.of(new AttachmentId(UUID.randomUUID())), Optional.empty(), AT),
                new MessagesRead(room, other, 42, AT),
                new MemberTyping(room, sender, AT),
                new RoomCreated(room, RoomType.GROUP, Optional.of("Front desk"), Optional.empty(), members, sender, AT));

        for (DomainEvent event : events) {
            assertThat(codec.decode(codec.encode(event))).isEqualTo(event);
        }
    }

    @Test
    void eachMessageIsDecodedOnItsOwnWhenManyFollowOneAnother() {
        var first = new MessagePosted(new MessageId(UUID.randomUUID()), room, 1, sender, MessageType.TEXT, "one",
                Optional.empty(), Optional.of("c-1"), AT);
        var second = new MessagesRead(room, other, 1, AT.plusSeconds(1));

        var decoded = List.of(codec.decode(codec.encode(first)), codec.decode(codec.encode(second)),
                codec.decode(codec.encode(first)));

        assertThat(decoded).containsExactly(first, second, first);
    }
}
