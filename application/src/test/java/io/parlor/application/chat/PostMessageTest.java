package io.parlor.application.chat;

import static io.parlor.application.chat.ChatFixture.codeOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.parlor.application.chat.port.in.LeaveRoom;
import io.parlor.application.chat.port.in.PostMessage;
import io.parlor.domain.chat.AttachmentId;
import io.parlor.domain.chat.AttachmentInfo;
import io.parlor.domain.chat.ClientMessageId;
import io.parlor.domain.chat.MessageType;
import io.parlor.domain.chat.RoomId;
import io.parlor.domain.chat.RoomUpdated;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.shared.InvalidValue;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PostMessageTest {

    private final ChatFixture chat = new ChatFixture();
    private final MemberId ana = chat.member("Ana");
    private final MemberId bo = chat.member("Bo");
    private final RoomId room = chat.group(ana, bo).id();

    private PostMessage.Result post(MessageType type, String text, Optional<AttachmentId> attachment) {
        return ChatFixture.now(chat.useCases.postMessage().post(new PostMessage.Command(room, ana, type, text,
                attachment, new ClientMessageId(UUID.randomUUID().toString()))));
    }

    private AttachmentId uploaded(MemberId owner, String contentType) {
        var id = new AttachmentId(UUID.randomUUID());
        chat.attachments.add(new AttachmentInfo(id, owner, "photo", contentType, 2048), ChatFixture.START);
        return id;
    }

    @Test
    void aMemberPostsAndTheRoomHearsTheStoredMessage() {
        var inbox = chat.listen(room);
        chat.chatTopic.next();

        var result = chat.post(room, ana, "Is 3pm free?", "c-1");

        var message = result.message();
        assertThat(result.replay()).isFalse();
        assertThat(message.seq()).isEqualTo(1);
        assertThat(message.sender()).isEqualTo(ana);
        assertThat(message.content().text()).isEqualTo("Is 3pm free?");
        assertThat(message.clientMessageId()).contains(new ClientMessageId("c-1"));
        assertThat(message.sentAt()).isEqualTo(ChatFixture.START);
        assertThat(inbox.next()).isEqualTo(message.posted());
        assertThat(message.posted().text()).isEqualTo("Is 3pm free?");
        assertThat(chat.chatTopic.next()).isEqualTo(new RoomUpdated(room, Set.of(ana, bo), 1, message.sentAt()));
    }

    @Test
    void aRetryReturnsTheOriginalAndIsNotBroadcastAgain() {
        var original = chat.post(room, ana, "Is 3pm free?", "c-1").message();
        var inbox = chat.listen(room);

        var retry = chat.post(room, ana, "Is 3pm free?", "c-1");

        assertThat(retry.replay()).isTrue();
        assertThat(retry.message()).isEqualTo(original);
        assertThat(chat.messages.lastSeq(room)).isEqualTo(1);
        assertThat(inbox.pending()).isEmpty();
    }

    @Test
    void seqsFollowEachOtherWithoutGaps() {
        chat.say(room, ana, "one");
        chat.say(room, bo, "two");

        var third = chat.say(room, ana, "three");

        assertThat(third.seq()).isEqualTo(3);
    }

    @Test
    void strangersAreRefusedAndAMissingRoomIsNotFound() {
        var stranger = chat.member("Eve");

        var forStranger = codeOf(() -> chat.post(room, stranger, "hi", "c-1"));
        var forMissing = codeOf(() -> chat.post(new RoomId(UUID.randomUUID()), ana, "hi", "c-1"));

        assertThat(forStranger).isEqualTo("not-room-member");
        assertThat(forMissing).isEqualTo("room-not-found");
        assertThat(chat.messages.lastSeq(room)).isZero();
    }

    @Test
    void aFormerMemberIsToldItIsNoLongerAMember() {
        chat.useCases.leaveRoom().leave(new LeaveRoom.Command(room, bo));

        assertThat(codeOf(() -> chat.post(room, bo, "hi", "c-1"))).isEqualTo("not-room-member");
    }

    @Test
    void textIsLimitedInLength() {
        var tooLong = "x".repeat(4_001);

        Throwable thrown = catchThrowable(() -> post(MessageType.TEXT, tooLong,
                Optional.empty()));

        assertThat(thrown).isInstanceOf(InvalidValue.class);
        assertThat(((InvalidValue) thrown).code()).isEqualTo("invalid-field");
        assertThat(((InvalidValue) thrown).field()).isEqualTo("message");
        assertThat(post(MessageType.TEXT, "x".repeat(4_000), Optional.empty()).message().seq()).isEqualTo(1);
    }

    @Test
    void membersCannotPostSystemMessages() {
        assertThat(codeOf(() -> post(MessageType.SYSTEM, "member-left", Optional.empty()))).isEqualTo("invalid-field");
    }

    @Test
    void anImageShowsTheSendersOwnUploadedImage() {
        var photo = uploaded(ana, "image/jpeg");

        var posted = post(MessageType.IMAGE, "", Optional.of(photo)).message();

        assertThat(posted.content().attachment()).contains(photo);
        assertThat(posted.content().type()).isEqualTo(MessageType.IMAGE);
    }

    @Test
    void someoneElsesOrAnUnknownAttachmentIsNotFound() {
        var bosFile = uploaded(bo, "application/pdf");

        assertThat(codeOf(() -> post(MessageType.FILE, "", Optional.of(bosFile)))).isEqualTo("attachment-not-found");
        assertThat(codeOf(() -> post(MessageType.FILE, "", Optional.of(new AttachmentId(UUID.randomUUID())))))
                .isEqualTo("attachment-not-found");
    }

    @Test
    void anImageMessageNeedsAnImage() {
        var pdf = uploaded(ana, "application/pdf");

        assertThat(codeOf(() -> post(MessageType.IMAGE, "", Optional.of(pdf)))).isEqualTo("invalid-field");
        assertThat(post(MessageType.FILE, "the menu", Optional.of(pdf)).message().content().text()).isEqualTo("the menu");
    }
}
