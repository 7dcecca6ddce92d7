package io.parlor.adapters.persistence.membership;

import io.parlor.application.membership.port.out.Members;
import io.parlor.application.membership.port.out.Shops;
import io.parlor.domain.membership.Email;
import io.parlor.domain.membership.Member;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.MemberName;
import io.parlor.domain.membership.PasswordHash;
import io.parlor.domain.membership.Phone;
import io.parlor.domain.membership.Shop;
import io.parlor.domain.membership.ShopCode;
import io.parlor.domain.membership.ShopId;
import io.parlor.domain.membership.ShopName;
import io.parlor.domain.membership.SlotMinutes;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

/** Stored members and shops with fresh ids, for the foreign keys of the other tables. */
public final class MembershipFixtures {

    static final Instant NOW = Instant.parse("2026-11-21T09:30:00Z");

    private MembershipFixtures() {
    }

    static Member anyMember() {
        UUID id = UUID.randomUUID();
        return Member.signUp(new MemberId(id), new Email("f-" + id + "@example.com"), new MemberName("Bo Park"),
                Optional.empty(), new PasswordHash("fixture$hash"), false, NOW);
    }

    public static MemberId existingMember(Members members) {
        Member member = anyMember();
        members.add(member);
        return member.id();
    }

    /** A stored member with this name and phone. */
    public static MemberId existingMember(Members members, String name, Optional<String> phone) {
        UUID id = UUID.randomUUID();
        var member = Member.signUp(new MemberId(id), new Email("f-" + id + "@example.com"), new MemberName(name),
                phone.map(Phone::new), new PasswordHash("fixture$hash"), false, NOW);
        members.add(member);
        return member.id();
    }

    static Shop anyShop(MemberId owner) {
        var code = new ShopCode(UUID.randomUUID().toString().substring(0, 12));
        return Shop.open(new ShopId(UUID.randomUUID()), code, new ShopName("Salon Bo"), ZoneId.of("Europe/Paris"),
                SlotMinutes.DEFAULT, owner, NOW);
    }

    public static ShopId existingShop(Shops shops, MemberId owner) {
        Shop shop = anyShop(owner);
        if (!shops.add(shop)) {
            throw new IllegalStateException("a fresh shop code was taken");
        }
        return shop.id();
    }
}
