package io.parlor.application.chat;

import io.parlor.application.chat.port.out.Attachments;
import io.parlor.application.chat.port.out.BlobStore;
import io.parlor.application.chat.port.out.MemberNames;
import io.parlor.application.chat.port.out.Messages;
import io.parlor.application.chat.port.out.Presence;
import io.parlor.application.chat.port.out.ReadMarks;
import io.parlor.application.chat.port.out.Rooms;
import io.parlor.application.shared.OnPlatform;
import io.parlor.application.shared.Platform;
import java.util.Objects;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Every secondary port the chat use cases need, to be handed to {@link ChatUseCases#wire}: the
 * shared platform, the stores, which must take part in its units of work, and the ports a
 * deployment replaces one by one with the withers.
 */
@SecondaryPort
public record ChatPorts(Platform platform, Rooms rooms, Messages messages, ReadMarks readMarks,
        Attachments attachments, BlobStore blobs, MemberNames memberNames, Presence presence) implements OnPlatform {

    public ChatPorts {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(rooms, "rooms");
        Objects.requireNonNull(messages, "messages");
        Objects.requireNonNull(readMarks, "readMarks");
        Objects.requireNonNull(attachments, "attachments");
        Objects.requireNonNull(blobs, "blobs");
        Objects.requireNonNull(memberNames, "memberNames");
        Objects.requireNonNull(presence, "presence");
    }

    public ChatPorts withAttachments(Attachments attachments) {
        return new ChatPorts(platform, rooms, messages, readMarks, attachments, blobs, memberNames, presence);
    }

    public ChatPorts withBlobs(BlobStore blobs) {
        return new ChatPorts(platform, rooms, messages, readMarks, attachments, blobs, memberNames, presence);
    }

    public ChatPorts withMemberNames(MemberNames memberNames) {
        return new ChatPorts(platform, rooms, messages, readMarks, attachments, blobs, memberNames, presence);
    }
}
