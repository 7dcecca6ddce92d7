package io.parlor.adapters.persistence.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.data.exceptions.DataAccessException;
import io.parlor.adapters.persistence.shared.JdbcTransactionRunner;
import io.parlor.adapters.persistence.shared.TestDatabase;
import io.parlor.application.chat.port.out.Attachments;
import io.parlor.application.chat.port.out.AttachmentsContract;
import io.parlor.domain.chat.AttachmentId;
import io.parlor.domain.chat.AttachmentInfo;
import io.parlor.domain.chat.MessageDraft;
import io.parlor.domain.chat.RoomId;
import io.parlor.domain.membership.MemberId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The attachments contract, and what the JDBC store adds to it, on one database; subclasses say which. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbcAttachmentsSuite extends AttachmentsContract {

    @RegisterExtension
    final TestDatabase database;
    private final ChatFixtures fixtures;

    protected JdbcAttachmentsSuite(TestDatabase database) {
        this.database = database;
        this.fixtures = new ChatFixtures(database);
    }

    @Override
    protected Attachments newSubject() {
        return database.bean(JdbcAttachments.class);
    }

    @Override
    protected MemberId existingMember() {
        return fixtures.member();
    }

    @Override
    protected RoomId existingRoom(MemberId member) {
        return fixtures.groupOf(member);
    }

    @Override
    protected void post(MessageDraft draft) {
        database.bean(JdbcMessages.class).append(draft);
    }

    @Test
    void anUploadOfAnUnknownMemberIsRefused() {
        var attachments = newSubject();
        var stray = new AttachmentInfo(new AttachmentId(UUID.randomUUID()), new MemberId(UUID.randomUUID()),
                "photo.jpg", "image/jpeg", 10);

        assertThatThrownBy(() -> attachments.add(stray, NOW)).isInstanceOf(DataAccessException.class);
        assertThat(attachments.find(stray.id())).isEmpty();
    }

    @Test
    void anAttachmentAddedInARolledBackUnitOfWorkIsNotKept() {
        var attachments = newSubject();
        var photo = new AttachmentInfo(new AttachmentId(UUID.randomUUID()), existingMember(), "photo.jpg",
                "image/jpeg", 10);

        assertThatThrownBy(() -> database.bean(JdbcTransactionRunner.class).runInTransaction(() -> {
            attachments.add(photo, NOW);
            throw new IllegalStateException("rolled back");
        })).hasMessage("rolled back");

        assertThat(attachments.find(photo.id())).isEmpty();
    }
}
