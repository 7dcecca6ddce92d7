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
import io.parlor.domain.chat.Room;
import io.parlor.domain.chat.RoomId;
import io.parlor.domain.chat.RoomNotFound;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.shared.DomainError;
import io.parlor.domain.shared.InvalidValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

final class PostMessageService implements PostMessage, AutoCloseable {

    /** The most posts one unit of work stores: large, so that a room's lock and counter serve many. */
    private static final int MAX_BATCH = 5_000;

    private final Rooms rooms;
    private final Messages messages;
    private final Attachments attachments;
    private final ChatEvents events;
    private final TransactionRunner transactions;
    private final TimeSource time;
    private final IdGenerator ids;
    private final ChatSettings settings;
    private final GroupCommit<Pending> queue = new GroupCommit<>(MAX_BATCH, "parlor-chat-posts", this::storeBatch);

    PostMessageService(Rooms rooms, Messages messages, Attachments attachments, ChatEvents events,
            TransactionRunner transactions, TimeSource time, IdGenerator ids, ChatSettings settings) {
        this.rooms = rooms;
        this.messages = messages;
        this.attachments = attachments;
        this.events = events;
        this.transactions = transactions;
        this.time = time;
        this.ids = ids;
        this.settings = settings;
    }

    @Override
    public CompletableFuture<Result> post(Command command) {
        var answer = new CompletableFuture<Result>();
        try {
            var pending = new Pending(draft(command), answer);
            if (transactions.inUnitOfWork()) {
                // a batch of one on the caller's thread, so that the post joins the caller's unit of work
                storeBatch(List.of(pending));
            } else {
                queue.add(pending);
            }
        } catch (DomainError | IllegalStateException refused) {
            answer.completeExceptionally(refused);
        }
        return answer;
    }

    /** Stops taking posts, answers those already queued, then ends the group-commit thread. */
    @Override
    public void close() {
        queue.close();
    }

    /** Stores one batch in one unit of work; refused drafts store nothing and fail alone. */
    private void storeBatch(List<Pending> batch) {
        List<Answer> answers;
        try {
            answers = transactions.inTransaction(() -> storeAll(batch));
        } catch (RuntimeException failure) {
            if (batch.size() == 1) {
                batch.get(0).answer().completeExceptionally(failure);
            } else {
                // a failure no check foresaw: each post tries again alone, so that it fails only its own
                batch.forEach(pending -> storeBatch(List.of(pending)));
            }
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            var caller = batch.get(i).answer();
            try {
                if (answers.get(i) instanceof Stored stored) {
                    caller.complete(published(stored.outcome()));
                } else if (answers.get(i) instanceof Refused refused) {
                    caller.completeExceptionally(refused.error());
                }
            } catch (RuntimeException unpublished) {
                // stored but not broadcast: the caller hears it, the batch goes on
                caller.completeExceptionally(unpublished);
            }
        }
    }

    private List<Answer> storeAll(List<Pending> batch) {
        var locked = rooms.lockAll(batch.stream().map(p -> p.draft().room()).toList());
        var checked = new ArrayList<Answer>(batch.size());
        var accepted = new ArrayList<MessageDraft>(batch.size());
        // a room's members are worked out once per batch, however many of its messages the batch holds
        var members = new HashMap<RoomId, Set<MemberId>>();
        for (Pending pending : batch) {
            try {
                var room = Optional.ofNullable(locked.get(pending.draft().room())).orElseThrow(RoomNotFound::new);
                requireAllowed(room, pending.draft());
                accepted.add(pending.draft());
                var roomMembers = members.computeIfAbsent(room.id(), id -> Collections.unmodifiableSet(room.members()));
                checked.add(new Allowed(roomMembers));
            } catch (DomainError refused) {
                checked.add(new Refused(refused));
            }
        }
        var appended = messages.appendAll(accepted).iterator();
        var answers = new ArrayList<Answer>(batch.size());
        for (Answer answer : checked) {
            answers.add(answer instanceof Allowed allowed
                    ? new Stored(new Outcome(appended.next(), allowed.members())) : answer);
        }
        return answers;
    }

    private MessageDraft draft(Command command) {
        var content = MessageContent.posted(command.type(), command.message(), command.attachment(),
                settings.maxTextLength());
        return new MessageDraft(new MessageId(ids.newId()), command.room(), command.sender(), content,
                Optional.of(command.clientMessageId()), time.now());
    }

    private void requireAllowed(Room room, MessageDraft draft) {
        room.requireMember(draft.sender());
        draft.content().attachment().ifPresent(id -> requireOwnAttachment(id, draft.sender(), draft.content().type()));
    }

    private Result published(Outcome outcome) {
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

    /** One post of a batch: allowed (while checking), stored (or found stored before), or refused. */
    private sealed interface Answer permits Allowed, Stored, Refused {
    }

    private record Allowed(Set<MemberId> members) implements Answer {
    }

    private record Stored(Outcome outcome) implements Answer {
    }

    private record Refused(DomainError error) implements Answer {
    }

    /** A queued post and the answer its caller waits for. */
    private record Pending(MessageDraft draft, CompletableFuture<Result> answer) {
    }
}
