package io.parlor.domain.membership;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;

/**
 * Every field of a {@link Shop}, for storage adapters.
 *
 * @param designers the members added as designers (never the owner)
 */
public record ShopState(ShopId id, ShopCode code, ShopName name, ZoneId timeZone, SlotMinutes slotMinutes,
        MemberId owner, Set<MemberId> designers, Instant openedAt) {

    public ShopState {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(slotMinutes, "slotMinutes");
        Objects.requireNonNull(owner, "owner");
        designers = Set.copyOf(designers);
        Objects.requireNonNull(openedAt, "openedAt");
    }
}
