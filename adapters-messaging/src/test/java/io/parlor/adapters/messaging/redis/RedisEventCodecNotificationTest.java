package io.parlor.adapters.messaging.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.parlor.domain.membership.MemberId;
import io.parlor.domain.notification.NotificationId;
import io.parlor.domain.notification.NotificationRaised;
import io.parlor.domain.notification.NotificationType;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RedisEventCodecNotificationTest {

    private final RedisEventCodec codec = new RedisEventCodec(getClass().getClassLoader());

    @Test
    void aRaisedNotificationCrossesInstancesWholeWithItsNumberAndData() {
        var raised = new NotificationRaised(new NotificationId(UUID.randomUUID()), new MemberId(UUID.randomUUID()), 17,
                NotificationType.CHAT_UNREAD, "Unread message", "Mina: 3 pm? ✓ 예약",
                Map.of("roomId", UUID.randomUUID().toString(), "messageId", "42"),
                Instant.parse("2026-12-06T09:00:00.123456Z"));

        assertThat(codec.decode(codec.encode(raised))).isEqualTo(raised);
    }
}
