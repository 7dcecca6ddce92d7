package io.parlor.application.chat;

import io.parlor.application.chat.port.in.PostMessage;
import io.parlor.application.chat.port.out.Attachments;
import io.parlor.application.chat.port.out.Messages;
import io.parlor.application.chat.port.out.Rooms;
import io.parlor.application.shared.port.out.IdGenerator;
import io.parlor.application.shared.port.out.TimeSource;
import io.parlor.application.shared.port.out.TransactionRunner;
import io.parlor.domain.chat.Appended;
import io.parlor.domain.chat.AttachmentId;
import io.parlor.domain.chat.AttachmentNotFound;
import io.parlor.domain.chat.MessageContent;
import io.parlor.domain.chat.MessageDraft;
import io.parlor.domain.chat.MessageId;
import io.parlor.domain.chat.MessageType;
import io.parlor.domain.chat.RoomNotFound;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.shared.InvalidValue;
import java.util.Optional;
import java.util.Set;

final class PostMessageService implements PostMessage {

    private final Rooms rooms;
    private final Messages messages;
    private final Attachments attachments;
    private final ChatEvents events;
    private final TransactionRunner transactions;
    private final TimeSource time;
    private final IdGenerator ids;
    private final ChatSettings settings;

    PostMessageService(ChatPorts ports, ChatEvents events, ChatSettings settings) {
        this.rooms = ports.rooms();
        this.messages = ports.messages();
        this.attachments = ports.attachments();
        this.events = events;
        this.transactions = ports.transactions();
        this.time = ports.time();
        this.ids = ports.ids();
        this.settings = settings;
    }

    @Override
    public Result post(Command command) {
        var content = MessageContent.posted(command.type(), command.message(), command.attachment(),
                settings.maxTextLength());
        var draft = new MessageDraft(new MessageId(ids.newId()), command.room(), command.sender(), content,
                Optional.of(command.clientMessageId()), time.now());
        var outcome = transactions.inTransaction(() -> {
            var room = rooms.lockById(command.room()).orElseThrow(RoomNotFound::new);
            room.requireMember(command.sender());
            content.attachment().ifPresent(id -> requireOwnAttachment(id, command.sender(), content.type()));
            return new Outcome(messages.append(draft), room.members());
        });
        var appended = outcome.appended();
        if (!appended.replay()) {
            events.posted(appended.message(), outcome.members());
        }
        return new Result(appended.message(), appended.replay());
    }

    private void requireOwnAttachment(AttachmentId id, MemberId sender, MessageType type) {
        var attachment = attachments.find(id).filter(a -> a.owner().equals(sender))
                .orElseThrow(AttachmentNotFound::new);
        if (type == MessageType.IMAGE && !attachment.image()) {
            throw new InvalidValue("attachmentId", "an IMAGE message shows an image");
        }
    }

    private record Outcome(Appended appended, Set<MemberId> members) {
    }
}
