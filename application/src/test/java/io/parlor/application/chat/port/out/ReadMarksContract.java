package io.parlor.application.chat.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.parlor.domain.chat.ReadMark;
import io.parlor.domain.chat.RoomId;
import io.parlor.domain.membership.MemberId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link ReadMarks} store does. Each test uses fresh rooms and members. */
public abstract class ReadMarksContract {

    /** An empty or shared store; tests never assume it is empty. */
    protected abstract ReadMarks newSubject();

    /** A room marks may be kept for; a relational subclass adds the room first. */
    protected RoomId existingRoom() {
        return new RoomId(UUID.randomUUID());
    }

    /** A member of {@code room}; a relational subclass adds the member and its place in the room first. */
    protected MemberId existingMember(RoomId room) {
        return new MemberId(UUID.randomUUID());
    }

    @Test
    void aMemberHasNoMarkUntilItReads() {
        var marks = newSubject();
        var room = existingRoom();
        var ana = existingMember(room);

        assertThat(marks.inRoom(room)).doesNotContainKey(ana);
        assertThat(marks.ofMember(ana)).isEmpty();
    }

    @Test
    void aMarkMovesForwardOnly() {
        var marks = newSubject();
        var room = existingRoom();
        var ana = existingMember(room);

        boolean first = marks.advance(room, ana, new ReadMark(5));
        boolean back = marks.advance(room, ana, new ReadMark(3));
        boolean same = marks.advance(room, ana, new ReadMark(5));
        boolean forward = marks.advance(room, ana, new ReadMark(7));

        assertThat(first).isTrue();
        assertThat(back).isFalse();
        assertThat(same).isFalse();
        assertThat(forward).isTrue();
        assertThat(marks.inRoom(room)).containsEntry(ana, new ReadMark(7));
    }

    @Test
    void readsMarksByRoomAndByMember() {
        var marks = newSubject();
        var room = existingRoom();
        var other = existingRoom();
        var ana = existingMember(room);
        var bo = existingMember(room);
        existingMemberAlsoIn(other, ana);
        marks.advance(room, ana, new ReadMark(2));
        marks.advance(room, bo, new ReadMark(4));
        marks.advance(other, ana, new ReadMark(9));

        var inRoom = marks.inRoom(room);
        var ofAna = marks.ofMember(ana);

        assertThat(inRoom).isEqualTo(Map.of(ana, new ReadMark(2), bo, new ReadMark(4)));
        assertThat(ofAna).isEqualTo(Map.of(room, new ReadMark(2), other, new ReadMark(9)));
    }

    @Test
    void concurrentMarksKeepTheFurthest() {
        var marks = newSubject();
        var room = existingRoom();
        var ana = existingMember(room);

        var moved = Concurrently.run(20, i -> marks.advance(room, ana, new ReadMark(i + 1)));

        assertThat(moved).contains(true);
        assertThat(marks.inRoom(room)).containsEntry(ana, new ReadMark(20));
    }

    /** Makes {@code member} a member of {@code room} as well; a relational subclass adds its place. */
    protected void existingMemberAlsoIn(RoomId room, MemberId member) {
    }
}
