package io.parlor.application.notification;

import static io.parlor.application.notification.NotificationFixture.anyMember;
import static io.parlor.application.notification.NotificationFixture.anyRoom;
import static io.parlor.application.notification.NotificationFixture.hours;
import static org.assertj.core.api.Assertions.assertThat;

import io.parlor.application.notification.port.in.TrackUnreadChat;
import io.parlor.domain.chat.MessageId;
import io.parlor.domain.chat.MessagePosted;
import io.parlor.domain.chat.MessageType;
import io.parlor.domain.chat.MessagesRead;
import io.parlor.domain.chat.RoomId;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.notification.Notification;
import io.parlor.domain.notification.NotificationType;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UnreadChatTest {

    private final NotificationFixture fixture = new NotificationFixture();
    private final RoomId room = anyRoom();
    private final MemberId ana = anyMember();
    private final MemberId bo = anyMember();

    @AfterEach
    void close() {
        fixture.close();
    }

    private void post(MemberId sender, long seq) {
        fixture.useCases.trackUnreadChat().posted(new MessagePosted(new MessageId(UUID.randomUUID()), room, seq,
                sender, MessageType.TEXT, "hi", Optional.empty(), Optional.empty(), fixture.time.now()),
                Set.of(ana, bo));
    }

    private List<Notification> inboxOf(MemberId member) {
        return fixture.notifications.newestFirst(member, false, Optional.empty(), 100);
    }

    @Test
    void aMessageLeftUnreadPastTheDelayRaisesOneAlertPerEpisode() {
        post(ana, 1);
        fixture.time.advance(Duration.ofMinutes(10));
        post(ana, 2);
        fixture.inRoom(room, bo, 0, 2);

        fixture.time.advance(Duration.ofMinutes(49));
        int early = fixture.runDeadlines.runDue(100);
        fixture.time.advance(Duration.ofMinutes(2));
        int due = fixture.runDeadlines.runDue(100);
        fixture.time.advance(hours(5));
        fixture.runDeadlines.runDue(100);

        assertThat(early).isZero();
        assertThat(due).isEqualTo(1);
        assertThat(inboxOf(bo)).singleElement().satisfies(alert -> {
            assertThat(alert.type()).isEqualTo(NotificationType.CHAT_UNREAD);
            assertThat(alert.data()).containsEntry("roomId", room.toString());
            assertThat(alert.body()).contains("2 messages");
        });
        assertThat(inboxOf(ana)).isEmpty();
        assertThat(fixture.deliveries.of(inboxOf(bo).get(0).id())).hasSize(3);
    }

    @Test
    void aRunOfActivitySchedulesWhatTheSameActivityOneByOneWould() {
        var cy = anyMember();
        var track = fixture.useCases.trackUnreadChat();
        var members = Set.of(ana, bo, cy);

        track.track(List.of(
                new TrackUnreadChat.Posted(message(ana, 1), members),
                new TrackUnreadChat.Posted(message(bo, 2), members),
                new TrackUnreadChat.Read(new MessagesRead(room, cy, 2, fixture.time.now())),
                new TrackUnreadChat.Posted(message(ana, 3), members),
                new TrackUnreadChat.Posted(message(bo, 4), members)));

        assertThat(firstUnreadSeq(ana)).as("ana sent 1 and 3; bo's 2 opened her episode").contains(2L);
        assertThat(firstUnreadSeq(bo)).contains(1L);
        assertThat(firstUnreadSeq(cy)).as("cy read up to 2; a new episode opened at 3").contains(3L);
    }

    private MessagePosted message(MemberId sender, long seq) {
        return new MessagePosted(new MessageId(UUID.randomUUID()), room, seq, sender, MessageType.TEXT, "hi",
                Optional.empty(), Optional.empty(), fixture.time.now());
    }

    private Optional<Long> firstUnreadSeq(MemberId member) {
        return fixture.deadlines.find(TrackUnreadChatService.key(room, member))
                .map(deadline -> UnreadEpisode.of(deadline.payload()).firstSeq());
    }

    @Test
    void aReadBeforeTheDeadlineCancelsTheAlert() {
        post(ana, 1);
        fixture.useCases.trackUnreadChat().read(new MessagesRead(room, bo, 1, fixture.time.now()));
        fixture.inRoom(room, bo, 1, 0);

        fixture.time.advance(hours(2));
        fixture.runDeadlines.runDue(100);

        assertThat(inboxOf(bo)).isEmpty();
        assertThat(fixture.deadlines.find(TrackUnreadChatService.key(room, bo))).isEmpty();
    }

    @Test
    void aReadThatReachedTheStoreBeforeTheDeadlineWasWrittenStillCountsWhenItFalls() {
        fixture.inRoom(room, bo, 1, 0);
        post(ana, 1);

        fixture.time.advance(hours(2));
        fixture.runDeadlines.runDue(100);

        assertThat(inboxOf(bo)).isEmpty();
    }

    @Test
    void aMemberWhoLeftTheRoomIsNotAlerted() {
        post(ana, 1);
        fixture.leave(room, bo);

        fixture.time.advance(hours(2));
        fixture.runDeadlines.runDue(100);

        assertThat(inboxOf(bo)).isEmpty();
    }

    @Test
    void afterAReadANewMessageStartsANewEpisode() {
        post(ana, 1);
        fixture.useCases.trackUnreadChat().read(new MessagesRead(room, bo, 1, fixture.time.now()));
        post(ana, 2);
        fixture.inRoom(room, bo, 1, 1);

        fixture.time.advance(hours(2));
        fixture.runDeadlines.runDue(100);

        assertThat(inboxOf(bo)).hasSize(1);
    }

    @Test
    void twoHundredEpisodesGiveTwoHundredAlerts() {
        for (int i = 0; i < 200; i++) {
            var other = anyRoom();
            var reader = anyMember();
            fixture.inRoom(other, reader, 0, 1);
            fixture.useCases.trackUnreadChat().posted(new MessagePosted(new MessageId(UUID.randomUUID()), other, 1,
                    ana, MessageType.TEXT, "hi", Optional.empty(), Optional.empty(), fixture.time.now()),
                    Set.of(ana, reader));
        }

        fixture.time.advance(hours(2));
        int ran = fixture.runDeadlines.runDue(1000);
        fixture.deliverAll();

        assertThat(ran).isEqualTo(200);
        assertThat(fixture.email.sent).hasSize(200);
    }
}
