package io.parlor.application.notification;

import static io.parlor.application.notification.NotificationFixture.anyMember;
import static org.assertj.core.api.Assertions.assertThat;

import io.parlor.application.notification.port.in.RaiseNotification;
import io.parlor.domain.notification.Channel;
import io.parlor.domain.notification.Delivery;
import io.parlor.domain.notification.DeliveryStatus;
import io.parlor.domain.notification.NotificationRaised;
import io.parlor.domain.notification.NotificationType;
import io.parlor.domain.notification.RetryPolicy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jmolecules.event.types.DomainEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DeliveryTest {

    private final NotificationFixture fixture = new NotificationFixture(NotificationSettings.defaults()
            .withRetries(new RetryPolicy(3, Duration.ofSeconds(10))));

    @AfterEach
    void close() {
        fixture.close();
    }

    private io.parlor.domain.notification.Notification raiseUnread() {
        return fixture.useCases.raise().raise(new RaiseNotification.Command(anyMember(), NotificationType.CHAT_UNREAD,
                "Unread messages", "2 messages are waiting for you.", Map.of(), Optional.empty())).orElseThrow();
    }

    private Delivery on(io.parlor.domain.notification.Notification notification, Channel channel) {
        return fixture.deliveries.of(notification.id()).stream().filter(d -> d.channel() == channel).findFirst()
                .orElseThrow();
    }

    @Test
    void sendsEveryChannelAfterTheCommitAndRecordsIt() {
        List<DomainEvent> published = new CopyOnWriteArrayList<>();
        fixture.events.subscribe(NotificationUseCases.TOPIC, published::add);
        var notification = raiseUnread();

        boolean sentBeforeDelivery = !fixture.email.sent.isEmpty() || !published.isEmpty();
        fixture.deliverAll();

        assertThat(sentBeforeDelivery).isFalse();
        assertThat(fixture.email.sent).extracting(n -> n.id()).containsExactly(notification.id());
        assertThat(fixture.sms.sent).extracting(n -> n.id()).containsExactly(notification.id());
        assertThat(published).containsExactly(notification.raised());
        assertThat(fixture.deliveries.of(notification.id())).allSatisfy(delivery -> {
            assertThat(delivery.status()).isEqualTo(DeliveryStatus.SENT);
            assertThat(delivery.attempts()).isEqualTo(1);
            assertThat(delivery.sentAt()).isPresent();
        });
        assertThat(published.get(0)).isInstanceOf(NotificationRaised.class);
    }

    @Test
    void aFailedSendIsTriedAgainAfterItsBackoff() {
        fixture.sms.failuresLeft = 1;
        var notification = raiseUnread();

        fixture.deliverAll();
        var afterFailure = on(notification, Channel.SMS);
        fixture.deliverAll();
        var stillWaiting = on(notification, Channel.SMS);
        fixture.time.advance(Duration.ofSeconds(11));
        fixture.deliverAll();

        assertThat(afterFailure.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(afterFailure.lastError()).contains("gateway answered 500");
        assertThat(stillWaiting.attempts()).isEqualTo(1);
        assertThat(on(notification, Channel.SMS).status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(on(notification, Channel.SMS).attempts()).isEqualTo(2);
        assertThat(fixture.sms.sent).hasSize(1);
    }

    @Test
    void aSendThatKeepsFailingIsGivenUpAfterTheLastAttempt() {
        fixture.email.failuresLeft = 100;
        var notification = raiseUnread();

        for (int i = 0; i < 10; i++) {
            fixture.deliverAll();
            fixture.time.advance(Duration.ofMinutes(10));
        }

        var email = on(notification, Channel.EMAIL);
        assertThat(email.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(email.attempts()).isEqualTo(3);
        assertThat(email.lastError()).contains("gateway answered 500");
        assertThat(on(notification, Channel.SMS).status()).isEqualTo(DeliveryStatus.SENT);
    }

    @Test
    void aMemberWithoutAPhoneGetsNoSmsAndItIsNotRetried() {
        fixture.sms.unreachable = contact -> Optional.of("no phone number");
        var notification = raiseUnread();

        fixture.deliverAll();
        fixture.time.advance(Duration.ofHours(1));
        fixture.deliverAll();

        var sms = on(notification, Channel.SMS);
        assertThat(sms.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(sms.attempts()).isEqualTo(1);
        assertThat(sms.lastError()).contains("no phone number");
        assertThat(fixture.sms.sent).isEmpty();
    }

    @Test
    void aNotificationDeletedBeforeItsSendIsNotSent() {
        var notification = raiseUnread();

        fixture.useCases.change().delete(notification.recipient(), Optional.of(notification.id()));
        fixture.deliverAll();

        assertThat(fixture.email.sent).isEmpty();
        assertThat(on(notification, Channel.EMAIL).status()).isEqualTo(DeliveryStatus.FAILED);
    }
}
