package io.parlor.application.chat;

import static io.parlor.application.chat.ChatFixture.codeOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.parlor.application.chat.port.in.DownloadAttachment;
import io.parlor.application.chat.port.in.InviteMembers;
import io.parlor.application.chat.port.in.LeaveRoom;
import io.parlor.application.chat.port.in.PostMessage;
import io.parlor.application.chat.port.in.UploadAttachment;
import io.parlor.application.chat.port.out.Attachments;
import io.parlor.application.shared.inmemory.InMemoryIdGenerator;
import io.parlor.domain.chat.AttachmentId;
import io.parlor.domain.chat.AttachmentInfo;
import io.parlor.domain.chat.AttachmentTooLarge;
import io.parlor.domain.chat.ClientMessageId;
import io.parlor.domain.chat.MessageType;
import io.parlor.domain.chat.RoomId;
import io.parlor.domain.membership.MemberId;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AttachmentsTest {

    private static final int LIMIT = 1024;

    private final ChatFixture chat = new ChatFixture(ChatSettings.defaults().withMaxAttachmentSize(LIMIT));
    private final MemberId ana = chat.member("Ana");
    private final MemberId bo = chat.member("Bo");
    private final RoomId room = chat.group(ana, bo).id();

    private static byte[] bytes(int size) {
        var bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) (i * 31);
        }
        return bytes;
    }

    private AttachmentInfo upload(MemberId owner, String name, String type, byte[] content) {
        return chat.useCases.uploadAttachment().upload(new UploadAttachment.Command(owner, name, type,
                OptionalLong.empty(), new ByteArrayInputStream(content)));
    }

    private byte[] download(AttachmentId id, MemberId member) {
        try (var download = chat.useCases.downloadAttachment().download(new DownloadAttachment.Query(id, member))) {
            return download.content().readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void show(RoomId where, MemberId sender, AttachmentInfo attachment) {
        ChatFixture.now(chat.useCases.postMessage().post(new PostMessage.Command(where, sender, MessageType.IMAGE,
                "", Optional.of(attachment.id()), new ClientMessageId(UUID.randomUUID().toString()))));
    }

    @Test
    void anUploadKeepsTheBytesUnderASafeNameAndAPlainType() {
        var content = bytes(700);

        var photo = upload(ana, "../../etc/Photo.PNG", "Image/PNG; charset=binary", content);

        assertThat(photo.owner()).isEqualTo(ana);
        assertThat(photo.name()).isEqualTo("Photo.PNG");
        assertThat(photo.contentType()).isEqualTo("image/png");
        assertThat(photo.size()).isEqualTo(700);
        assertThat(chat.attachments.find(photo.id())).contains(photo);
        assertThat(download(photo.id(), ana)).isEqualTo(content);
    }

    @Test
    void aFileOfExactlyTheLimitIsTakenAndOneByteMoreIsNot() {
        var atLimit = upload(ana, "a.bin", null, bytes(LIMIT));

        var refused = codeOf(() -> upload(ana, "b.bin", null, bytes(LIMIT + 1)));

        assertThat(atLimit.size()).isEqualTo(LIMIT);
        assertThat(atLimit.contentType()).isEqualTo("application/octet-stream");
        assertThat(refused).isEqualTo("attachment-too-large");
        assertThat(chat.blobs.ids()).containsExactly(atLimit.id());
    }

    @Test
    void aDeclaredSizeOverTheLimitIsRefusedBeforeReadingAnything() {
        var untouchable = new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("read");
            }
        };

        var refused = catchThrowableOfType(AttachmentTooLarge.class, () -> chat.useCases.uploadAttachment()
                .upload(new UploadAttachment.Command(ana, "big.mov", "video/mp4", OptionalLong.of(LIMIT + 1L),
                        untouchable)));

        assertThat(refused.maxBytes()).isEqualTo(LIMIT);
        assertThat(chat.blobs.ids()).isEmpty();
    }

    @Test
    void aTypeThatIsNoMediaTypeIsRefusedAndNothingIsKept() {
        assertThat(codeOf(() -> upload(ana, "x.html", "text/html\r\nX-Injected: 1", bytes(10))))
                .isEqualTo("invalid-field");
        assertThat(chat.blobs.ids()).isEmpty();
    }

    @Test
    void theBytesAreRemovedWhenTheMetadataCannotBeStored() {
        Attachments failing = new Attachments() {
            @Override
            public boolean add(AttachmentInfo attachment, Instant uploadedAt) {
                throw new IllegalStateException("database down");
            }

            @Override
            public Optional<AttachmentInfo> find(AttachmentId id) {
                return Optional.empty();
            }

            @Override
            public List<AttachmentId> unpostedBefore(Instant cutoff, int limit) {
                return List.of();
            }

            @Override
            public boolean removeUnposted(AttachmentId id) {
                return false;
            }
        };
        var useCases = ChatUseCases.wire(new ChatPorts(chat.platform(), chat.rooms, chat.messages, chat.readMarks,
                failing, chat.blobs, chat.names, chat.presence), ChatSettings.defaults());

        assertThatThrownBy(() -> useCases.uploadAttachment().upload(new UploadAttachment.Command(ana, "a.txt",
                "text/plain", OptionalLong.empty(), new ByteArrayInputStream(bytes(5)))))
                .hasMessage("database down");
        assertThat(chat.blobs.ids()).isEmpty();
    }

    @Test
    void theUploaderMayDownloadItsFileBeforePostingIt() {
        var menu = upload(ana, "menu.pdf", "application/pdf", bytes(100));

        assertThat(download(menu.id(), ana)).isEqualTo(bytes(100));
        assertThat(codeOf(() -> download(menu.id(), bo))).isEqualTo("attachment-not-found");
    }

    @Test
    void everyCurrentMemberOfARoomThatShowsItMayDownloadIt() {
        var photo = upload(ana, "photo.jpg", "image/jpeg", bytes(300));
        show(room, ana, photo);
        var cy = chat.member("Cy");
        chat.useCases.inviteMembers().invite(new InviteMembers.Command(room, ana, Set.of(cy)));

        var forBo = download(photo.id(), bo);
        var forCy = download(photo.id(), cy);

        assertThat(forBo).isEqualTo(bytes(300));
        assertThat(forCy).as("joined after the post").isEqualTo(bytes(300));
    }

    @Test
    void strangersAndFormerMembersLearnNothing() {
        var photo = upload(ana, "photo.jpg", "image/jpeg", bytes(300));
        show(room, ana, photo);
        var eve = chat.member("Eve");
        var otherRoom = chat.group(ana, eve).id();
        chat.say(otherRoom, ana, "no attachment here");
        chat.useCases.leaveRoom().leave(new LeaveRoom.Command(room, bo));

        var forEve = codeOf(() -> download(photo.id(), eve));
        var forBo = codeOf(() -> download(photo.id(), bo));
        var unknown = codeOf(() -> download(new AttachmentId(UUID.randomUUID()), ana));

        assertThat(forEve).isEqualTo("attachment-not-found");
        assertThat(forBo).isEqualTo("attachment-not-found");
        assertThat(unknown).isEqualTo("attachment-not-found");
    }

    @Test
    void anAttachmentWhoseBytesAreGoneIsNotFound() {
        var photo = upload(ana, "photo.jpg", "image/jpeg", bytes(10));
        chat.blobs.delete(photo.id());

        assertThat(codeOf(() -> download(photo.id(), ana))).isEqualTo("attachment-not-found");
    }

    @Test
    void anUploadCanBePostedAsAnImageOnlyWhenItIsOne() {
        var pdf = upload(ana, "menu.pdf", "application/pdf", bytes(10));

        assertThat(codeOf(() -> show(room, ana, pdf))).isEqualTo("invalid-field");
        assertThat(codeOf(() -> show(room, bo, upload(ana, "p.png", "image/png", bytes(10)))))
                .isEqualTo("attachment-not-found");
    }
}
