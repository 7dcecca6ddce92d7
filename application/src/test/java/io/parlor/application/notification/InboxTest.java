package io.parlor.application.notification;

import static io.parlor.application.notification.NotificationFixture.anyMember;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parlor.application.notification.port.in.ListNotifications;
import io.parlor.application.notification.port.in.RaiseNotification;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.notification.Channel;
import io.parlor.domain.notification.DeliveryStatus;
import io.parlor.domain.notification.Notification;
import io.parlor.domain.notification.NotificationId;
import io.parlor.domain.notification.NotificationNotFound;
import io.parlor.domain.notification.NotificationType;
import io.parlor.domain.shared.InvalidValue;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InboxTest {

    private final NotificationFixture fixture = new NotificationFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    private Notification raise(MemberId member, NotificationType type, String title) {
        return fixture.useCases.raise().raise(new RaiseNotification.Command(member, type, title, "body",
                Map.of("roomId", "r1"), Optional.empty())).orElseThrow();
    }

    private ListNotifications.Page page(MemberId member, boolean unreadOnly, Optional<String> cursor, int limit) {
        return fixture.useCases.list().list(new ListNotifications.Query(member, unreadOnly, cursor, limit));
    }

    @Test
    void raisingStoresTheNotificationAndOneDeliveryPerChannelOfItsType() {
        var ana = anyMember();

        var account = raise(ana, NotificationType.ACCOUNT, "Your password was changed");
        var unread = raise(ana, NotificationType.CHAT_UNREAD, "Unread messages");

        assertThat(fixture.deliveries.of(account.id())).extracting(d -> d.channel()).containsExactly(Channel.IN_APP);
        assertThat(fixture.deliveries.of(unread.id())).extracting(d -> d.channel())
                .containsExactlyInAnyOrder(Channel.IN_APP, Channel.EMAIL, Channel.SMS);
        assertThat(fixture.deliveries.of(unread.id())).allMatch(d -> d.status() == DeliveryStatus.PENDING);
        assertThat(account.seq()).isEqualTo(1);
        assertThat(unread.seq()).isEqualTo(2);
    }

    @Test
    void aFactRaisedTwiceIsToldOnce() {
        var ana = anyMember();
        var command = new RaiseNotification.Command(ana, NotificationType.ACCOUNT, "Blocked", "", Map.of(),
                Optional.of("account.blocked:x:1"));

        var first = fixture.useCases.raise().raise(command);
        var second = fixture.useCases.raise().raise(command);

        assertThat(first).isPresent();
        assertThat(second).isEmpty();
        assertThat(page(ana, false, Optional.empty(), 20).items()).hasSize(1);
        assertThat(fixture.deliveries.of(first.get().id())).hasSize(1);
    }

    @Test
    void pagesNewestFirstWithAnExactUnreadCount() {
        var ana = anyMember();
        for (int i = 1; i <= 25; i++) {
            raise(ana, NotificationType.ACCOUNT, "n" + i);
        }
        raise(anyMember(), NotificationType.ACCOUNT, "someone else's");

        var first = page(ana, false, Optional.empty(), 20);
        var second = page(ana, false, first.nextCursor(), 20);

        assertThat(first.items()).extracting(Notification::title).startsWith("n25", "n24").hasSize(20);
        assertThat(first.nextCursor()).isPresent();
        assertThat(second.items()).extracting(Notification::title).containsExactly("n5", "n4", "n3", "n2", "n1");
        assertThat(second.nextCursor()).isEmpty();
        assertThat(first.unreadCount()).isEqualTo(25);
    }

    @Test
    void aLimitOverOneHundredCountsAsOneHundredAndBadCursorsAreRefused() {
        var ana = anyMember();
        for (int i = 0; i < 105; i++) {
            raise(ana, NotificationType.ACCOUNT, "n" + i);
        }

        assertThat(page(ana, false, Optional.empty(), 1000).items()).hasSize(100);
        assertThatThrownBy(() -> page(ana, false, Optional.of("abc"), 20)).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> page(ana, false, Optional.of("-3"), 20)).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> page(ana, false, Optional.empty(), 0)).isInstanceOf(InvalidValue.class);
    }

    @Test
    void readingOneAllAndOnlyUnread() {
        var ana = anyMember();
        var one = raise(ana, NotificationType.ACCOUNT, "one");
        raise(ana, NotificationType.ACCOUNT, "two");
        raise(ana, NotificationType.ACCOUNT, "three");

        fixture.useCases.change().markRead(ana, Optional.of(one.id()));
        fixture.useCases.change().markRead(ana, Optional.of(one.id()));
        var unread = page(ana, true, Optional.empty(), 20);
        fixture.useCases.change().markRead(ana, Optional.empty());

        assertThat(unread.items()).extracting(Notification::title).containsExactly("three", "two");
        assertThat(unread.unreadCount()).isEqualTo(2);
        assertThat(page(ana, false, Optional.empty(), 20).unreadCount()).isZero();
        assertThat(page(ana, false, Optional.empty(), 20).items()).allMatch(n -> n.readAt().isPresent());
    }

    @Test
    void anotherMembersNotificationIsNotFoundAndStaysAsItWas() {
        var ana = anyMember();
        var bo = anyMember();
        var anas = raise(ana, NotificationType.ACCOUNT, "ana's");

        assertThatThrownBy(() -> fixture.useCases.change().markRead(bo, Optional.of(anas.id())))
                .isInstanceOf(NotificationNotFound.class);
        assertThatThrownBy(() -> fixture.useCases.change().delete(bo, Optional.of(anas.id())))
                .isInstanceOf(NotificationNotFound.class);
        assertThatThrownBy(() -> fixture.useCases.change().delete(ana, Optional.of(new NotificationId(UUID.randomUUID()))))
                .isInstanceOf(NotificationNotFound.class);

        var left = page(ana, false, Optional.empty(), 20);
        assertThat(left.items()).hasSize(1);
        assertThat(left.unreadCount()).isEqualTo(1);
    }

    @Test
    void deletingOneAndAllKeepsTheNumberingGoing() {
        var ana = anyMember();
        var one = raise(ana, NotificationType.ACCOUNT, "one");
        raise(ana, NotificationType.ACCOUNT, "two");

        fixture.useCases.change().delete(ana, Optional.of(one.id()));
        var afterOne = page(ana, false, Optional.empty(), 20);
        fixture.useCases.change().delete(ana, Optional.empty());
        var afterAll = page(ana, false, Optional.empty(), 20);
        var next = raise(ana, NotificationType.ACCOUNT, "three");

        assertThat(afterOne.items()).extracting(Notification::title).containsExactly("two");
        assertThat(afterAll.items()).isEmpty();
        assertThat(afterAll.unreadCount()).isZero();
        assertThat(next.seq()).isEqualTo(3);
    }
}
