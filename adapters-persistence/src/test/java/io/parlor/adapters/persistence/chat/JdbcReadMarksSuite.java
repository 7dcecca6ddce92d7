package io.parlor.adapters.persistence.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parlor.adapters.persistence.shared.JdbcTransactionRunner;
import io.parlor.adapters.persistence.shared.TestDatabase;
import io.parlor.application.chat.port.out.ReadMarks;
import io.parlor.application.chat.port.out.ReadMarksContract;
import io.parlor.domain.chat.ReadMark;
import io.parlor.domain.chat.RoomId;
import io.parlor.domain.membership.MemberId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The read-marks contract, and what the JDBC store adds to it, on one database; subclasses say which. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbcReadMarksSuite extends ReadMarksContract {

    @RegisterExtension
    final TestDatabase database;
    private final ChatFixtures fixtures;

    protected JdbcReadMarksSuite(TestDatabase database) {
        this.database = database;
        this.fixtures = new ChatFixtures(database);
    }

    @Override
    protected ReadMarks newSubject() {
        return database.bean(JdbcReadMarks.class);
    }

    @Override
    protected RoomId existingRoom() {
        return fixtures.room();
    }

    @Override
    protected MemberId existingMember(RoomId room) {
        var member = fixtures.member();
        fixtures.invite(room, member);
        return member;
    }

    @Override
    protected void existingMemberAlsoIn(RoomId room, MemberId member) {
        fixtures.invite(room, member);
    }

    @Test
    void savingTheRoomKeepsEveryMark() {
        var marks = newSubject();
        var room = existingRoom();
        var ana = existingMember(room);
        var bo = existingMember(room);
        marks.advance(room, ana, new ReadMark(3));
        marks.advance(room, bo, new ReadMark(1));

        fixtures.invite(room, fixtures.member());

        assertThat(marks.inRoom(room)).isEqualTo(Map.of(ana, new ReadMark(3), bo, new ReadMark(1)));
    }

    @Test
    void aMarkMovedInARolledBackUnitOfWorkStaysWhereItWas() {
        var marks = newSubject();
        var room = existingRoom();
        var ana = existingMember(room);
        var bo = existingMember(room);
        marks.advance(room, ana, new ReadMark(2));

        assertThatThrownBy(() -> database.bean(JdbcTransactionRunner.class).runInTransaction(() -> {
            marks.advance(room, ana, new ReadMark(5));
            marks.advance(room, bo, new ReadMark(5));
            throw new IllegalStateException("rolled back");
        })).hasMessage("rolled back");

        assertThat(marks.inRoom(room)).isEqualTo(Map.of(ana, new ReadMark(2)));
    }
}
