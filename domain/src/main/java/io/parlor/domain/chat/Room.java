package io.parlor.domain.chat;

import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;
import io.parlor.domain.shared.InvalidValue;
import io.parlor.domain.shared.RecordedEvents;
import io.parlor.domain.shared.RecordsEvents;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;
import org.jmolecules.event.types.DomainEvent;

/**
 * A chat room and its roster. Any current member may invite others into a group room; members
 * leave and rejoin it themselves. The roster of a direct room never changes. Messages and read
 * marks are kept apart from the roster (see {@link Message}), so that posting and reading never
 * rewrite the room. Reading and writing go through {@link RoomState}. A new room records
 * {@link RoomCreated}; roster changes and reads record theirs once their notice or mark is stored.
 */
@AggregateRoot
public final class Room implements RecordsEvents {

    @Identity
    private final RoomId id;
    private final RoomType type;
    private final Optional<RoomName> name;
    private final Optional<ShopId> shop;
    private final MemberId createdBy;
    private final Instant createdAt;
    private final Map<MemberId, Participant> roster = new LinkedHashMap<>();
    private final RecordedEvents<DomainEvent> events = new RecordedEvents<>();

    private Room(RoomState s) {
        id = s.id();
        type = s.type();
        name = s.name();
        shop = s.shop();
        createdBy = s.createdBy();
        createdAt = s.createdAt();
        s.participants().forEach(p -> roster.put(p.member(), p));
    }

    /**
     * A new direct room of {@code creator} and {@code other}.
     *
     * @throws InvalidValue (field {@code memberIds}) if both are the same member
     */
    public static Room openDirect(RoomId id, MemberId creator, MemberId other, Instant now) {
        new DirectPair(creator, other);
        return opened(new RoomState(id, RoomType.DIRECT, Optional.empty(), Optional.empty(), creator, now,
                Set.of(Participant.joining(creator, now), Participant.joining(other, now))));
    }

    /**
     * A new group room of {@code creator} and {@code others} ({@code creator} may appear among
     * them, and counts once).
     *
     * @throws RoomFull if that makes more than {@code maxMembers} members
     */
    public static Room openGroup(RoomId id, MemberId creator, Collection<MemberId> others, Optional<RoomName> name,
            Optional<ShopId> shop, int maxMembers, Instant now) {
        var members = new LinkedHashSet<MemberId>();
        members.add(creator);
        members.addAll(others);
        if (members.size() > maxMembers) {
            throw new RoomFull();
        }
        var participants = members.stream().map(m -> Participant.joining(m, now)).toList();
        return opened(new RoomState(id, RoomType.GROUP, name, shop, creator, now, Set.copyOf(participants)));
    }

    private static Room opened(RoomState state) {
        var room = new Room(state);
        room.events.record(room.created());
        return room;
    }

    /** The room exactly as stored. */
    public static Room reconstitute(RoomState state) {
        return new Room(state);
    }

    @Override
    public List<DomainEvent> recordedEvents() {
        return events.list();
    }

    /** Every field, for storage. */
    public RoomState state() {
        return new RoomState(id, type, name, shop, createdBy, createdAt, Set.copyOf(roster.values()));
    }

    /** The event announcing this room, with its current members; a new room records it. */
    public RoomCreated created() {
        return new RoomCreated(id, type, name.map(RoomName::value), shop, members(), createdBy, createdAt);
    }

    public RoomId id() {
        return id;
    }

    public RoomType type() {
        return type;
    }

    public Optional<RoomName> name() {
        return name;
    }

    public Optional<ShopId> shop() {
        return shop;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** For a direct room, its two members; empty for a group room. */
    public Optional<DirectPair> directPair() {
        if (type != RoomType.DIRECT) {
            return Optional.empty();
        }
        var both = new ArrayList<>(roster.keySet());
        return Optional.of(new DirectPair(both.get(0), both.get(1)));
    }

    /** The current members, earliest joined first (by member id among those who joined at once). */
    public Set<MemberId> members() {
        var members = new LinkedHashSet<MemberId>();
        participants().forEach(p -> members.add(p.member()));
        return members;
    }

    /** The current members' places in the roster, earliest joined first. */
    public List<Participant> participants() {
        return roster.values().stream().filter(Participant::current)
                .sorted(Comparator.comparing(Participant::joinedAt).thenComparing(p -> p.member().value()))
                .toList();
    }

    /** Whether {@code member} is in the room now. */
    public boolean hasMember(MemberId member) {
        var participant = roster.get(member);
        return participant != null && participant.current();
    }

    /**
     * Lets a current member act in the room.
     *
     * @throws NotRoomMember if {@code member} is not in the room (never was, or left)
     */
    public void requireMember(MemberId member) {
        var participant = roster.get(member);
        if (participant == null || !participant.current()) {
            throw new NotRoomMember();
        }
    }

    /**
     * {@code actor} brings {@code invitees} into the group room; former members come back with a
     * new {@code joinedAt}, current members and {@code actor} itself are skipped.
     *
     * @return the members who joined, in the order given
     * @throws NotRoomMember unless {@code actor} is a current member
     * @throws DirectRoomFixed for a direct room
     * @throws RoomFull if that makes more than {@code maxMembers} members; nobody joins then
     */
    public List<MemberId> invite(MemberId actor, Collection<MemberId> invitees, int maxMembers, Instant now) {
        requireMember(actor);
        requireGroup();
        var joining = invitees.stream().distinct().filter(m -> !hasMember(m)).toList();
        if (members().size() + joining.size() > maxMembers) {
            throw new RoomFull();
        }
        joining.forEach(m -> roster.put(m, Participant.joining(m, now)));
        return joining;
    }

    /**
     * {@code member} leaves the group room; it may rejoin later.
     *
     * @throws NotRoomMember unless {@code member} is a current member
     * @throws DirectRoomFixed for a direct room
     */
    public void leave(MemberId member, Instant now) {
        requireMember(member);
        requireGroup();
        roster.put(member, roster.get(member).leaving(now));
    }

    /**
     * A former member comes back, with a new {@code joinedAt}.
     *
     * @return {@code false}, changing nothing, if {@code member} is in the room already
     * @throws NotRoomMember if {@code member} never was in the room
     * @throws DirectRoomFixed for a direct room
     * @throws RoomFull if the room holds {@code maxMembers} members already
     */
    public boolean rejoin(MemberId member, int maxMembers, Instant now) {
        if (!roster.containsKey(member)) {
            throw new NotRoomMember();
        }
        requireGroup();
        if (hasMember(member)) {
            return false;
        }
        if (members().size() >= maxMembers) {
            throw new RoomFull();
        }
        roster.put(member, Participant.joining(member, now));
        return true;
    }

    /**
     * Records the roster changes that the stored {@code SYSTEM} {@code notices} of this room
     * tell: each notice, then {@link MemberJoined} if its member is in the room now, else
     * {@link MemberLeft}; at the end one {@link RoomUpdated} for the members and those who left.
     *
     * @throws IllegalArgumentException for a notice of another room, or one that is not a {@code SYSTEM} message
     */
    public void announce(List<Message> notices, Instant now) {
        if (notices.isEmpty()) {
            return;
        }
        var affected = members();
        for (Message notice : notices) {
            if (!notice.room().equals(id) || notice.content().type() != MessageType.SYSTEM) {
                throw new IllegalArgumentException("not a roster notice of room " + id + ": " + notice.id());
            }
            events.record(notice.posted());
            if (hasMember(notice.sender())) {
                events.record(new MemberJoined(id, notice.sender(), notice.seq(), now));
            } else {
                events.record(new MemberLeft(id, notice.sender(), notice.seq(), now));
                affected.add(notice.sender());
            }
        }
        events.record(new RoomUpdated(id, affected, notices.get(notices.size() - 1).seq(), now));
    }

    /**
     * Records that {@code member}'s read mark moved to {@code mark}: {@link MessagesRead}, then the
     * {@link RoomUpdated} of that member's room list.
     *
     * @throws NotRoomMember unless {@code member} is a current member
     */
    public void read(MemberId member, ReadMark mark, long lastSeq, Instant now) {
        requireMember(member);
        events.record(new MessagesRead(id, member, mark.seq(), now));
        events.record(new RoomUpdated(id, Set.of(member), lastSeq, now));
    }

    private void requireGroup() {
        if (type == RoomType.DIRECT) {
            throw new DirectRoomFixed();
        }
    }
}
