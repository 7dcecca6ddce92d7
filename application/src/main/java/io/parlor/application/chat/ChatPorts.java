package io.parlor.application.chat;

import io.parlor.application.chat.port.out.Attachments;
import io.parlor.application.chat.port.out.BlobStore;
import io.parlor.application.chat.port.out.MemberNames;
import io.parlor.application.chat.port.out.Messages;
import io.parlor.application.chat.port.out.Presence;
import io.parlor.application.chat.port.out.ReadMarks;
import io.parlor.application.chat.port.out.Rooms;
import io.parlor.application.shared.port.out.DomainEventBus;
import io.parlor.application.shared.port.out.IdGenerator;
import io.parlor.application.shared.port.out.TimeSource;
import io.parlor.application.shared.port.out.TransactionRunner;
import java.util.Objects;

/** Every secondary port the chat use cases need, to be handed to {@link ChatUseCases#wire}. */
public record ChatPorts(Rooms rooms, Messages messages, ReadMarks readMarks, Attachments attachments,
        BlobStore blobs, MemberNames memberNames, Presence presence, TransactionRunner transactions,
        DomainEventBus events, TimeSource time, IdGenerator ids) {

    public ChatPorts {
        Objects.requireNonNull(rooms, "rooms");
        Objects.requireNonNull(messages, "messages");
        Objects.requireNonNull(readMarks, "readMarks");
        Objects.requireNonNull(attachments, "attachments");
        Objects.requireNonNull(blobs, "blobs");
        Objects.requireNonNull(memberNames, "memberNames");
        Objects.requireNonNull(presence, "presence");
        Objects.requireNonNull(transactions, "transactions");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(ids, "ids");
    }
}
