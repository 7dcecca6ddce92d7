package io.parlor.application.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.parlor.application.chat.port.in.LeaveRoom;
import io.parlor.domain.chat.MemberLeft;
import io.parlor.domain.chat.MemberTyping;
import io.parlor.domain.chat.Message;
import io.parlor.domain.chat.MessageId;
import io.parlor.domain.chat.MessagePosted;
import io.parlor.domain.chat.MessageType;
import io.parlor.domain.chat.RoomId;
import io.parlor.domain.membership.MemberId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jmolecules.event.types.DomainEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FollowRoomTest {

    private ChatFixture chat;
    private MemberId ana;
    private MemberId bo;
    private RoomId room;
    private final List<DomainEvent> heard = new ArrayList<>();
    private final ManualTimer timer = new ManualTimer();

    @BeforeEach
    void aRoomWithTwoMembers() {
        chat = new ChatFixture();
        ana = chat.member("Ana");
        bo = chat.member("Bo");
        room = chat.group(ana, bo).id();
        for (int i = 1; i <= 5; i++) {
            chat.say(room, ana, "message " + i);
        }
    }

    @Test
    void aFollowerHearsMessagesPostedAfterItStartedInSeqOrder() {
        var ana = chat.member("Ana");
        var bo = chat.member("Bo");
        var room = chat.group(ana, bo).id();
        chat.say(room, ana, "before");

        var following = chat.useCases.followRoom().follow(room, heard::add);
        chat.say(room, bo, "first");
        chat.say(room, ana, "second");
        following.close();
        chat.say(room, ana, "after closing");

        assertThat(texts()).containsExactly("first", "second");
    }

    @Test
    void anEarlyMessageWaitsForItsPredecessor() {
        var stream = streamAfter(0);

        stream.accept(posted(2));
        stream.accept(posted(1));
        stream.accept(posted(3));

        assertThat(seqs()).containsExactly(1L, 2L, 3L);
        assertThat(stream.waiting()).isFalse();
    }

    @Test
    void repeatsAndMessagesBeforeTheStartAreDropped() {
        var stream = streamAfter(2);

        stream.accept(posted(1));
        stream.accept(posted(3));
        stream.accept(posted(3));
        stream.accept(posted(2));

        assertThat(seqs()).containsExactly(3L);
    }

    @Test
    void messagesArrivingBeforeTheStartIsKnownAreNotLost() {
        var stream = new OrderedRoomStream(room, heard::add, chat.messages, chat.time, timer);

        stream.accept(posted(4));
        stream.accept(posted(3));
        stream.startAfter(2);

        assertThat(seqs()).containsExactly(3L, 4L);
    }

    @Test
    void aMessageMissingForTooLongIsReadFromTheStore() {
        var stream = streamAfter(0);
        stream.accept(posted(3));

        stream.catchUp();
        var beforeTheWait = seqs();
        chat.time.advance(OrderedRoomStream.GAP_WAIT.plus(Duration.ofMillis(1)));
        stream.catchUp();

        assertThat(beforeTheWait).isEmpty();
        assertThat(seqs()).containsExactly(1L, 2L, 3L);
        assertThat(stream.waiting()).isFalse();
    }

    @Test
    void everyGapBetweenEarlyMessagesIsReadFromTheStore() {
        var stream = streamAfter(0);
        stream.accept(posted(3));
        stream.accept(posted(5));

        chat.time.advance(OrderedRoomStream.GAP_WAIT.plus(Duration.ofMillis(1)));
        stream.catchUp();

        assertThat(seqs()).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(stream.waiting()).isFalse();
    }

    @Test
    void onlyWhatTheStoreDoesNotHoldIsSkipped() {
        var stream = streamAfter(0);
        stream.accept(posted(2));
        stream.accept(notStored(7));
        stream.accept(notStored(9));

        chat.time.advance(OrderedRoomStream.GAP_WAIT.plus(Duration.ofMillis(1)));
        stream.catchUp();

        assertThat(seqs()).containsExactly(1L, 2L, 3L, 4L, 5L, 7L, 9L);
        assertThat(stream.waiting()).isFalse();
    }

    @Test
    void whatTheBusMayHaveLostIsReadFromTheStoreWhenItSaysSoAndNothingTwice() {
        var stream = streamAfter(1);
        stream.accept(posted(2));

        stream.recover();
        stream.accept(posted(4));
        stream.recover();

        assertThat(seqs()).containsExactly(2L, 3L, 4L, 5L);
        assertThat(stream.waiting()).isFalse();
    }

    @Test
    void recoveringReadsPastOneBatchOfTheStore() {
        var ana = chat.member("Ana");
        var bo = chat.member("Bo");
        var busy = chat.group(ana, bo).id();
        for (int i = 1; i <= 450; i++) {
            chat.say(busy, ana, "m" + i);
        }
        var stream = new OrderedRoomStream(busy, heard::add, chat.messages, chat.time, timer);
        stream.startAfter(10);

        stream.recover();

        assertThat(seqs()).hasSize(440).startsWith(11L).endsWith(450L).doesNotHaveDuplicates();
    }

    @Test
    void otherRoomEventsPassAtOnce() {
        var stream = streamAfter(0);
        var typing = new MemberTyping(room, chat.member("Cy"), ChatFixture.START);

        stream.accept(posted(2));
        stream.accept(typing);

        assertThat(heard).containsExactly(typing);
    }

    @Test
    void aRosterChangeComesJustBeforeItsNotice() {
        chat.useCases.followRoom().follow(room, heard::add);

        chat.useCases.leaveRoom().leave(new LeaveRoom.Command(room, bo));

        assertThat(heard).hasSize(2);
        assertThat(heard.get(0)).isEqualTo(new MemberLeft(room, bo, 6, chat.time.now()));
        var notice = (MessagePosted) heard.get(1);
        assertThat(notice.type()).isEqualTo(MessageType.SYSTEM);
        assertThat(notice.seq()).isEqualTo(6L);
    }

    @Test
    void aLeaverHearsWhatCameBeforeItsLeaveWhenTheBusBringsThatLate() {
        var published = publishedBy(() -> {
            chat.say(room, ana, "just before");
            chat.useCases.leaveRoom().leave(new LeaveRoom.Command(room, bo));
        });
        var stream = streamAfter(5);

        stream.accept(published.get(1));
        stream.accept(published.get(2));
        stream.accept(published.get(0));

        assertThat(heard).containsExactly(published.get(0), published.get(2), published.get(1));
        assertThat(stream.waiting()).isFalse();
    }

    @Test
    void aNoticeWhoseRosterChangeTheBusLostGoesOutAfterTheWait() {
        var published = publishedBy(() -> chat.useCases.leaveRoom().leave(new LeaveRoom.Command(room, bo)));
        var stream = streamAfter(5);
        stream.accept(published.get(0));

        stream.catchUp();
        var beforeTheWait = List.copyOf(heard);
        chat.time.advance(OrderedRoomStream.GAP_WAIT.plus(Duration.ofMillis(1)));
        stream.catchUp();

        assertThat(beforeTheWait).isEmpty();
        assertThat(heard).containsExactly(published.get(0));
        assertThat(stream.waiting()).isFalse();
    }

    @Test
    void aRosterChangeWhoseNoticeTheBusLostIsFollowedByTheNoticeFromTheStore() {
        var published = publishedBy(() -> chat.useCases.leaveRoom().leave(new LeaveRoom.Command(room, bo)));
        var stream = streamAfter(5);
        stream.accept(published.get(1));

        stream.catchUp();
        var beforeTheWait = List.copyOf(heard);
        chat.time.advance(OrderedRoomStream.GAP_WAIT.plus(Duration.ofMillis(1)));
        stream.catchUp();

        assertThat(beforeTheWait).isEmpty();
        assertThat(heard).containsExactly(published.get(1), published.get(0));
        assertThat(stream.waiting()).isFalse();
    }

    @Test
    void aFollowerCatchesUpByItselfOnceTheWaitIsOver() {
        var stream = streamAfter(0);
        stream.accept(posted(3));
        stream.accept(posted(4));

        chat.time.advance(OrderedRoomStream.GAP_WAIT);
        timer.fire();

        assertThat(timer.delays).containsExactly(OrderedRoomStream.GAP_WAIT);
        assertThat(seqs()).containsExactly(1L, 2L, 3L, 4L);
        assertThat(stream.waiting()).isFalse();
        assertThat(timer.pending()).isZero();
    }

    @Test
    void aTimerThatFiresBeforeTheWaitIsOverLooksAgainWhenItIs() {
        var stream = streamAfter(0);
        stream.accept(posted(3));

        chat.time.advance(Duration.ofMillis(150));
        timer.fire();
        var tooEarly = seqs();
        chat.time.advance(Duration.ofMillis(50));
        timer.fire();

        assertThat(tooEarly).isEmpty();
        assertThat(timer.delays).containsExactly(OrderedRoomStream.GAP_WAIT, Duration.ofMillis(50));
        assertThat(seqs()).containsExactly(1L, 2L, 3L);
    }

    @Test
    void aTimerLeftFromAnEarlierWaitLooksAgainForTheNextOne() {
        var stream = streamAfter(0);
        stream.accept(posted(2));
        chat.time.advance(Duration.ofMillis(100));
        stream.accept(posted(1));
        stream.accept(posted(4));

        chat.time.advance(Duration.ofMillis(100));
        timer.fire();
        var beforeTheSecondWait = seqs();
        chat.time.advance(Duration.ofMillis(100));
        timer.fire();

        assertThat(beforeTheSecondWait).containsExactly(1L, 2L);
        assertThat(timer.delays).containsExactly(OrderedRoomStream.GAP_WAIT, Duration.ofMillis(100));
        assertThat(seqs()).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void aClosedFollowerNeitherCatchesUpNorSetsItsTimerAgain() {
        var stream = streamAfter(0);
        stream.accept(posted(3));

        stream.close();
        chat.time.advance(OrderedRoomStream.GAP_WAIT);
        timer.fire();

        assertThat(heard).isEmpty();
        assertThat(timer.pending()).isZero();
    }

    @Test
    void closingTheUseCasesStopsTheGapTimerAndFollowersGoOnWithoutIt() {
        var followers = (FollowRoomService) chat.useCases.followRoom();

        chat.useCases.close();
        followers.follow(room, heard::add);
        chat.useCases.leaveRoom().leave(new LeaveRoom.Command(room, bo));

        assertThat(followers.stopped()).isTrue();
        assertThat(heard).hasSize(2).first().isInstanceOf(MemberLeft.class);
    }

    /** What {@code action} publishes on the room's topic, in publish order. */
    private List<DomainEvent> publishedBy(Runnable action) {
        var published = new ArrayList<DomainEvent>();
        var subscription = chat.events.subscribe(ChatUseCases.roomTopic(room), published::add);
        action.run();
        subscription.close();
        return published;
    }

    /** Scheduled tasks that run when the test fires them, whatever their delay. */
    private static final class ManualTimer implements OrderedRoomStream.Timer {

        final List<Duration> delays = new ArrayList<>();
        private final List<Runnable> tasks = new ArrayList<>();

        @Override
        public void schedule(Runnable task, Duration delay) {
            delays.add(delay);
            tasks.add(task);
        }

        /** Runs the tasks scheduled so far; those they schedule wait for the next call. */
        void fire() {
            var due = List.copyOf(tasks);
            tasks.clear();
            due.forEach(Runnable::run);
        }

        int pending() {
            return tasks.size();
        }
    }

    private OrderedRoomStream streamAfter(long seq) {
        var stream = new OrderedRoomStream(room, heard::add, chat.messages, chat.time, timer);
        stream.startAfter(seq);
        return stream;
    }

    private MessagePosted posted(long seq) {
        return chat.messages.after(room, seq - 1, seq + 1, 1).stream().map(Message::posted).findFirst().orElseThrow();
    }

    /** A message the bus brought whose row the store does not hold (say, rolled back after it was announced). */
    private MessagePosted notStored(long seq) {
        var model = posted(1);
        return new MessagePosted(new MessageId(UUID.randomUUID()), room, seq, model.sender(), model.type(),
                "gone " + seq, model.attachment(), model.clientMessageId(), model.sentAt());
    }

    private List<Long> seqs() {
        return heard.stream().map(event -> ((MessagePosted) event).seq()).toList();
    }

    private List<String> texts() {
        return heard.stream().filter(MessagePosted.class::isInstance).map(event -> ((MessagePosted) event).text()).toList();
    }
}
