package io.parlor.domain.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parlor.domain.shared.InvalidValue;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MessageContentTest {

    private static final int MAX = 10;
    private static final Optional<AttachmentId> FILE = Optional.of(new AttachmentId(UUID.randomUUID()));

    private static String fieldOf(Runnable action) {
        try {
            action.run();
        } catch (InvalidValue e) {
            return e.field();
        }
        throw new AssertionError("accepted");
    }

    @Test
    void textKeepsLineBreaksAndCountsCharactersNotChars() {
        var content = MessageContent.posted(MessageType.TEXT, "hi\n😀😀", Optional.empty(), MAX);

        assertThat(content.text()).isEqualTo("hi\n😀😀");
        assertThat(MessageContent.posted(MessageType.TEXT, "😀".repeat(MAX), Optional.empty(), MAX).text())
                .hasSize(2 * MAX);
    }

    @Test
    void refusesBlankLongOrControlText() {
        assertThat(fieldOf(() -> MessageContent.posted(MessageType.TEXT, " ", Optional.empty(), MAX)))
                .isEqualTo("message");
        assertThat(fieldOf(() -> MessageContent.posted(MessageType.TEXT, "x".repeat(MAX + 1), Optional.empty(), MAX)))
                .isEqualTo("message");
        assertThat(fieldOf(() -> MessageContent.posted(MessageType.TEMPLATE, "a\u0000b", Optional.empty(), MAX)))
                .isEqualTo("message");
    }

    @Test
    void imagesAndFilesNeedAnAttachmentAndMayHaveNoCaption() {
        var image = MessageContent.posted(MessageType.IMAGE, null, FILE, MAX);

        assertThat(image.text()).isEmpty();
        assertThat(image.attachment()).isEqualTo(FILE);
        assertThat(fieldOf(() -> MessageContent.posted(MessageType.FILE, "caption", Optional.empty(), MAX)))
                .isEqualTo("attachmentId");
        assertThat(fieldOf(() -> MessageContent.posted(MessageType.TEXT, "hi", FILE, MAX))).isEqualTo("attachmentId");
    }

    @Test
    void membersNeverPostSystemMessages() {
        assertThat(fieldOf(() -> MessageContent.posted(MessageType.SYSTEM, "member-left", Optional.empty(), MAX)))
                .isEqualTo("type");
        assertThat(MessageContent.system(SystemNotice.MEMBER_LEFT).text()).isEqualTo("member-left");
    }

    @Test
    void clientMessageIdsAreShortAndPrintable() {
        assertThat(new ClientMessageId("x".repeat(64)).value()).hasSize(64);
        assertThatThrownBy(() -> new ClientMessageId("x".repeat(65))).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new ClientMessageId(" ")).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new ClientMessageId("a\nb")).isInstanceOf(InvalidValue.class);
    }

    @Test
    void roomNamesAreTrimmedAndBounded() {
        assertThat(new RoomName("  Regulars ").value()).isEqualTo("Regulars");
        assertThatThrownBy(() -> new RoomName("x".repeat(101))).isInstanceOf(InvalidValue.class);
    }
}
