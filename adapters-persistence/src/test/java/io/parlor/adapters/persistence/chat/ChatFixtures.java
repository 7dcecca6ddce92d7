package io.parlor.adapters.persistence.chat;

import io.parlor.adapters.persistence.membership.JdbcMembers;
import io.parlor.adapters.persistence.membership.JdbcShops;
import io.parlor.adapters.persistence.shared.JdbcTransactionRunner;
import io.parlor.adapters.persistence.shared.TestDatabase;
import io.parlor.domain.chat.AttachmentId;
import io.parlor.domain.chat.AttachmentInfo;
import io.parlor.domain.chat.Room;
import io.parlor.domain.chat.RoomId;
import io.parlor.domain.membership.Email;
import io.parlor.domain.membership.Member;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.MemberName;
import io.parlor.domain.membership.PasswordHash;
import io.parlor.domain.membership.Shop;
import io.parlor.domain.membership.ShopCode;
import io.parlor.domain.membership.ShopId;
import io.parlor.domain.membership.ShopName;
import io.parlor.domain.membership.SlotMinutes;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stored members, shops and rooms with fresh ids, for the foreign keys of the chat tables. */
final class ChatFixtures {

    static final Instant NOW = Instant.parse("2026-11-21T09:30:00Z");
    static final int MAX_MEMBERS = 100;

    private final TestDatabase database;

    ChatFixtures(TestDatabase database) {
        this.database = database;
    }

    MemberId member() {
        UUID id = UUID.randomUUID();
        Member member = Member.signUp(new MemberId(id), new Email("c-" + id + "@example.com"),
                new MemberName("Ana Lee"), Optional.empty(), new PasswordHash("fixture$hash"), false, NOW);
        database.bean(JdbcMembers.class).add(member);
        return member.id();
    }

    ShopId shop() {
        var code = new ShopCode(UUID.randomUUID().toString().substring(0, 12));
        Shop shop = Shop.open(new ShopId(UUID.randomUUID()), code, new ShopName("Salon Ana"),
                ZoneId.of("Europe/Paris"), SlotMinutes.DEFAULT, member(), NOW);
        if (!database.bean(JdbcShops.class).add(shop)) {
            throw new IllegalStateException("a fresh shop code was taken");
        }
        return shop.id();
    }

    /** A stored group room of {@code creator} and {@code others}, without name or shop. */
    RoomId groupOf(MemberId creator, MemberId... others) {
        Room room = Room.openGroup(new RoomId(UUID.randomUUID()), creator, List.of(others), Optional.empty(),
                Optional.empty(), MAX_MEMBERS, NOW);
        if (!database.bean(JdbcRooms.class).add(room)) {
            throw new IllegalStateException("a fresh room id was taken");
        }
        return room.id();
    }

    /** A stored group room of a fresh member. */
    RoomId room() {
        return groupOf(member());
    }

    /** A stored upload of {@code owner}, for messages that show an attachment. */
    AttachmentId attachment(MemberId owner) {
        var id = new AttachmentId(UUID.randomUUID());
        database.bean(JdbcAttachments.class).add(new AttachmentInfo(id, owner, "photo.jpg", "image/jpeg", 10), NOW);
        return id;
    }

    /** Invites {@code member} into the stored group {@code room}, in the name of its creator. */
    void invite(RoomId id, MemberId member) {
        database.bean(JdbcTransactionRunner.class).runInTransaction(() -> {
            var rooms = database.bean(JdbcRooms.class);
            Room room = rooms.lockById(id).orElseThrow();
            room.invite(room.members().iterator().next(), List.of(member), MAX_MEMBERS, NOW);
            rooms.save(room);
        });
    }
}
