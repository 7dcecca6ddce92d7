package io.parlor.application.chat.port.out;

import io.parlor.domain.chat.Appended;
import io.parlor.domain.chat.AttachmentId;
import io.parlor.domain.chat.Message;
import io.parlor.domain.chat.MessageDraft;
import io.parlor.domain.chat.ReadMark;
import io.parlor.domain.chat.RoomId;
import io.parlor.domain.chat.RoomNotFound;
import io.parlor.domain.chat.Timelines;
import io.parlor.domain.membership.MemberId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The timeline of every room: its messages, numbered by {@code seq} from 1, gap-free and
 * strictly increasing per room. Messages are never changed or removed.
 */
public interface Messages {

    /**
     * Stores {@code draft} as the room's next message, or finds that it was stored before. As
     * one atomic step, serialized with every other append to the same room:
     * <ol>
     *   <li>if the draft has a {@code clientMessageId} and the room already holds a message of
     *       the same sender with the same one, returns that message as a replay and stores
     *       nothing (whatever the draft's content);</li>
     *   <li>otherwise stores it with {@code seq} = the room's last {@code seq} + 1 (1 for the
     *       first) and returns it.</li>
     * </ol>
     * Runs inside the caller's unit of work, or in its own outside one; a rollback removes the
     * message and frees its {@code seq}, so no gap remains. A JDBC store does, in one
     * transaction: lock the room's counter row ({@code SELECT last_seq FROM ... WHERE room_id = ?
     * FOR UPDATE}, the same row {@link Rooms#lockById} locks), look the
     * {@code (room, sender, clientMessageId)} up, and if absent insert the message at
     * {@code last_seq + 1} and {@code UPDATE} the counter. The lock makes a concurrent duplicate
     * wait and then see the first one; unique indexes on {@code (room, seq)} and
     * {@code (room, sender, clientMessageId)} are the backstop. Several drafts of one room may
     * be appended under one lock with one batch insert, as long as each one follows these rules.
     * The rules are {@link Timelines#append}'s: a store fetches what it needs and stores what it decides.
     */
    Appended append(MessageDraft draft);

    /**
     * {@link #append} for each of {@code drafts} in their order, as one atomic step: each draft
     * follows the rules of {@link #append}, and one that repeats an earlier draft of the same
     * batch (same room, sender and {@code clientMessageId}) is a replay of it. A store may lock
     * the rooms involved once (in one fixed order, so that two batches never wait on each other)
     * and insert every message with one batch statement; this default appends one by one.
     *
     * @return one result per draft, in the order of {@code drafts}
     * @throws RoomNotFound if a draft's room has no counter; nothing is stored then
     */
    default List<Appended> appendAll(List<MessageDraft> drafts) {
        return drafts.stream().map(this::append).toList();
    }

    /** The room's last {@code seq}, 0 while it holds no message. */
    long lastSeq(RoomId room);

    /**
     * The oldest messages of the room with {@code afterSeq < seq < beforeSeq}, at most
     * {@code limit}, in ascending {@code seq}.
     */
    List<Message> after(RoomId room, long afterSeq, long beforeSeq, int limit);

    /** The newest messages of the room with {@code seq < beforeSeq}, at most {@code limit}, in ascending {@code seq}. */
    List<Message> before(RoomId room, long beforeSeq, int limit);

    /** The last message of each of {@code rooms} that holds one, in one query. */
    Map<RoomId, Message> lastOf(Collection<RoomId> rooms);

    /**
     * For each room of {@code readUpTo}, how many of its messages {@code reader} has not read:
     * those with a {@code seq} past the mark that {@code reader} did not send. Every room of
     * {@code readUpTo} is a key of the answer, 0 included; one query for all of them.
     */
    Map<RoomId, Long> unreadCounts(MemberId reader, Map<RoomId, ReadMark> readUpTo);

    /** Every room whose timeline holds a message showing {@code attachment}, in one query. */
    Set<RoomId> roomsShowing(AttachmentId attachment);
}
