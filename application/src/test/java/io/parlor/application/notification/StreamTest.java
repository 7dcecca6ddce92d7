package io.parlor.application.notification;

import static io.parlor.application.notification.NotificationFixture.anyMember;
import static io.parlor.application.notification.NotificationFixture.anyRoom;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parlor.application.notification.NotificationFixture.Events;
import io.parlor.application.notification.port.in.FollowNotifications;
import io.parlor.application.notification.port.in.RaiseNotification;
import io.parlor.application.notification.port.in.StreamEvent;
import io.parlor.domain.chat.RoomUpdated;
import io.parlor.domain.membership.MemberBlocked;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.notification.Notification;
import io.parlor.domain.notification.NotificationType;
import io.parlor.domain.shared.InvalidValue;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StreamTest {

    private final NotificationFixture fixture = new NotificationFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    private Notification raise(MemberId member, String title) {
        return fixture.useCases.raise().raise(new RaiseNotification.Command(member, NotificationType.ACCOUNT, title,
                "", Map.of(), Optional.empty())).orElseThrow();
    }

    private FollowNotifications.Stream follow(MemberId member, Optional<String> lastEventId, Events events) {
        return fixture.useCases.follow().follow(new FollowNotifications.Command(member, lastEventId), events);
    }

    private static String title(StreamEvent event) {
        return ((StreamEvent.NotificationShown) event).notification().title();
    }

    @Test
    void aNewStreamStartsAtThePresentAndShowsLiveNotificationsWithTheirNumbers() {
        var ana = anyMember();
        raise(ana, "before");
        fixture.deliverAll();
        var events = new Events();
        follow(ana, Optional.empty(), events);

        raise(ana, "live");
        fixture.deliverAll();

        var live = events.next();
        assertThat(title(live)).isEqualTo("live");
        assertThat(live.id()).isEqualTo("2");
        assertThat(events.drained(fixture.useCases)).isEmpty();
    }

    @Test
    void aResumedStreamReplaysWhatItMissedInOrderThenGoesLiveWithoutRepeats() {
        var ana = anyMember();
        raise(ana, "one");
        raise(ana, "two");
        raise(ana, "three");
        var events = new Events();

        follow(ana, Optional.of("1"), events);
        fixture.deliverAll();
        raise(ana, "four");
        fixture.deliverAll();

        assertThat(events.next().id()).isEqualTo("2");
        assertThat(events.next().id()).isEqualTo("3");
        assertThat(title(events.next())).isEqualTo("four");
        assertThat(events.drained(fixture.useCases)).isEmpty();
    }

    @Test
    void aNotificationPublishedTwiceOrPastAGapIsShownOnceAndInOrder() {
        var ana = anyMember();
        var events = new Events();
        follow(ana, Optional.of("0"), events);
        events.drained(fixture.useCases);
        var one = raise(ana, "one");
        var two = raise(ana, "two");

        fixture.events.publish(NotificationUseCases.TOPIC, two.raised());
        fixture.events.publish(NotificationUseCases.TOPIC, one.raised());
        fixture.events.publish(NotificationUseCases.TOPIC, two.raised());

        var shown = events.drained(fixture.useCases);
        assertThat(shown).extracting(StreamEvent::id).containsExactly("1", "2");
    }

    @Test
    void everyStreamOfTheMemberGetsEveryEvent() {
        var ana = anyMember();
        var tab = new Events();
        var phone = new Events();
        follow(ana, Optional.empty(), tab);
        follow(ana, Optional.empty(), phone);

        raise(ana, "both");
        fixture.deliverAll();

        assertThat(title(tab.next())).isEqualTo("both");
        assertThat(title(phone.next())).isEqualTo("both");
    }

    @Test
    void roomUpdatesCarryTheMembersOwnViewOfTheRoom() {
        var ana = anyMember();
        var bo = anyMember();
        var room = anyRoom();
        fixture.inRoom(room, ana, 3, 2);
        var events = new Events();
        follow(ana, Optional.of("0"), events);
        raise(ana, "one");
        fixture.deliverAll();
        events.next();

        fixture.events.publish(NotificationUseCases.CHAT_TOPIC,
                new RoomUpdated(room, Set.of(ana, bo), 5, NotificationFixture.START));

        var update = (StreamEvent.RoomChanged) events.next();
        assertThat(update.room()).isEqualTo(room);
        assertThat(update.unreadCount()).isEqualTo(2);
        assertThat(update.id()).isEqualTo("1.1");
    }

    @Test
    void aBlockedMembersStreamsAreToldAndEnded() {
        var ana = anyMember();
        var events = new Events();
        follow(ana, Optional.empty(), events);

        fixture.events.publish(NotificationUseCases.MEMBERSHIP_TOPIC,
                new MemberBlocked(ana, "spam", Optional.empty(), NotificationFixture.START));
        // the block also raises an ACCOUNT notice, which may reach the stream before or after the status
        var first = events.next();
        var status = (StreamEvent.StatusChanged) (first instanceof StreamEvent.StatusChanged ? first : events.next());
        events.drained(fixture.useCases);
        raise(ana, "after the block");
        fixture.deliverAll();

        assertThat(status.status()).isEqualTo("BLOCKED");
        assertThat(events.ended).isTrue();
        var after = events.drained(fixture.useCases);
        assertThat(after).isEmpty();
        assertThat(fixture.useCases.openStreams()).isZero();
    }

    @Test
    void aBlockRaisesOneAccountNotificationHoweverManyInstancesHearIt() {
        var ana = anyMember();
        var blocked = new MemberBlocked(ana, "spam", Optional.empty(), NotificationFixture.START);

        fixture.events.publish(NotificationUseCases.MEMBERSHIP_TOPIC, blocked);
        fixture.events.publish(NotificationUseCases.MEMBERSHIP_TOPIC, blocked);

        var inbox = fixture.notifications.newestFirst(ana, false, Optional.empty(), 10);
        assertThat(inbox).hasSize(1);
        assertThat(inbox.get(0).type()).isEqualTo(NotificationType.ACCOUNT);
    }

    @Test
    void refusesAnEventIdItDidNotMake() {
        var ana = anyMember();

        assertThatThrownBy(() -> follow(ana, Optional.of("x1"), new Events())).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> follow(ana, Optional.of("-1"), new Events())).isInstanceOf(InvalidValue.class);
    }
}
