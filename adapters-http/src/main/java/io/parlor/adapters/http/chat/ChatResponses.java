package io.parlor.adapters.http.chat;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.parlor.application.chat.port.in.ParticipantView;
import io.parlor.application.chat.port.in.RoomView;
import io.parlor.domain.chat.AttachmentId;
import io.parlor.domain.chat.AttachmentInfo;
import io.parlor.domain.chat.Message;
import io.parlor.domain.chat.MessagePosted;
import io.parlor.domain.membership.MemberId;
import java.util.List;

/** The JSON shapes of API.md's chat section, shared by the REST and the STOMP endpoints. */
public final class ChatResponses {

    private ChatResponses() {
    }

    /** {@code message} of API.md. */
    @Serdeable
    public record MessageResponse(String id, String roomId, long seq, String senderId, String type, String message,
                                  @Nullable String attachmentId, @Nullable String clientMessageId, String sentAt) {

        public static MessageResponse of(MessagePosted posted) {
            return new MessageResponse(posted.id().value().toString(), posted.room().value().toString(), posted.seq(),
                    posted.sender().value().toString(), posted.type().name(), posted.text(),
                    posted.attachment().map(AttachmentId::value).map(Object::toString).orElse(null),
                    posted.clientMessageId().orElse(null), posted.sentAt().toString());
        }

        public static MessageResponse of(Message message) {
            return of(message.posted());
        }
    }

    /** {@code room} of API.md. */
    @Serdeable
    public record RoomResponse(String id, String type, @Nullable String name, @Nullable String shopId,
                               List<String> memberIds, @Nullable MessageResponse lastMessage, long unreadCount,
                               String createdAt) {

        public static RoomResponse of(RoomView view) {
            return new RoomResponse(view.id().value().toString(), view.type().name(), view.name().orElse(null),
                    view.shop().map(shop -> shop.value().toString()).orElse(null),
                    view.memberIds().stream().map(MemberId::value).map(Object::toString).sorted().toList(),
                    view.lastMessage().map(MessageResponse::of).orElse(null), view.unreadCount(),
                    view.createdAt().toString());
        }
    }

    /** One entry of a room's participant list. */
    @Serdeable
    public record ParticipantResponse(String memberId, @Nullable String name, String joinedAt, long lastReadSeq,
                                      boolean online) {

        public static ParticipantResponse of(ParticipantView view) {
            return new ParticipantResponse(view.memberId().value().toString(), view.name().orElse(null),
                    view.joinedAt().toString(), view.lastReadSeq(), view.online());
        }
    }

    /** What {@code /topic/chat.{roomId}.events} carries. */
    @Serdeable
    public record RoomEventResponse(String event, String roomId, String memberId, @Nullable Long seq) {
    }

    /** What {@code POST /chat/attachments} answers. */
    @Serdeable
    public record AttachmentResponse(String id, String name, String contentType, long size) {

        public static AttachmentResponse of(AttachmentInfo attachment) {
            return new AttachmentResponse(attachment.id().value().toString(), attachment.name(),
                    attachment.contentType(), attachment.size());
        }
    }
}
