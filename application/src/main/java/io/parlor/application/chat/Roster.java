package io.parlor.application.chat;

import io.parlor.application.chat.port.out.MemberNames;
import io.parlor.application.chat.port.out.Messages;
import io.parlor.application.chat.port.out.ReadMarks;
import io.parlor.application.shared.port.out.IdGenerator;
import io.parlor.domain.chat.Message;
import io.parlor.domain.chat.MessageDraft;
import io.parlor.domain.chat.MessageId;
import io.parlor.domain.chat.ReadMark;
import io.parlor.domain.chat.RoomId;
import io.parlor.domain.chat.SystemNotice;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.shared.InvalidValue;
import java.time.Instant;
import java.util.Set;

/** What every roster change does besides changing the room: checks members, records notices. */
final class Roster {

    private final MemberNames names;
    private final Messages messages;
    private final ReadMarks readMarks;
    private final IdGenerator ids;

    Roster(MemberNames names, Messages messages, ReadMarks readMarks, IdGenerator ids) {
        this.names = names;
        this.messages = messages;
        this.readMarks = readMarks;
        this.ids = ids;
    }

    /** @throws InvalidValue (field {@code memberIds}) unless every one of {@code members} exists */
    void requireKnown(Set<MemberId> members) {
        if (!names.namesOf(members).keySet().containsAll(members)) {
            throw new InvalidValue("memberIds", "names a member who does not exist");
        }
    }

    /** Records that {@code member} joined; what came before counts as read for it. Inside the unit of work. */
    Message joined(RoomId room, MemberId member, Instant now) {
        var message = record(room, member, SystemNotice.MEMBER_JOINED, now);
        readMarks.advance(room, member, new ReadMark(message.seq()));
        return message;
    }

    /** Records that {@code member} left. Inside the unit of work. */
    Message left(RoomId room, MemberId member, Instant now) {
        return record(room, member, SystemNotice.MEMBER_LEFT, now);
    }

    private Message record(RoomId room, MemberId member, SystemNotice notice, Instant now) {
        var draft = MessageDraft.notice(new MessageId(ids.newId()), room, member, notice, now);
        return messages.append(draft).message();
    }
}
