package io.parlor.application.notification.port.out;

import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** What shop messaging needs to know of a shop, which membership owns. */
public record ShopFacts(ShopId id, String name, ZoneId zone, MemberId owner, Set<MemberId> designers) {

    public ShopFacts {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(owner, "owner");
        designers = Set.copyOf(designers);
    }

    public boolean isStaff(MemberId member) {
        return owner.equals(member) || designers.contains(member);
    }

    /** The member of {@code members} who speaks for the shop: its owner when present, else a designer. */
    public Optional<MemberId> speakerAmong(Set<MemberId> members) {
        if (members.contains(owner)) {
            return Optional.of(owner);
        }
        return members.stream().filter(designers::contains).sorted((a, b) -> a.value().compareTo(b.value()))
                .findFirst();
    }
}
