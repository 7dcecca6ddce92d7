package io.parlor.domain.membership;

import io.parlor.domain.shared.NotShopOwner;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

/**
 * A business on Parlor and its staff: one owner and any number of designers. Shop-scoped
 * permissions are decided here, not by the roles in a token.
 */
@AggregateRoot
public final class Shop {

    @Identity
    private final ShopId id;
    private final ShopCode code;
    private final ShopName name;
    private final ZoneId timeZone;
    private final SlotMinutes slotMinutes;
    private final MemberId owner;
    private final Set<MemberId> designers;
    private final Instant openedAt;

    private Shop(ShopState s) {
        id = s.id();
        code = s.code();
        name = s.name();
        timeZone = s.timeZone();
        slotMinutes = s.slotMinutes();
        owner = s.owner();
        designers = new HashSet<>(s.designers());
        openedAt = s.openedAt();
    }

    /** A new shop owned by {@code owner}, with no designer yet. */
    public static Shop open(ShopId id, ShopCode code, ShopName name, ZoneId timeZone, SlotMinutes slotMinutes,
            MemberId owner, Instant now) {
        return new Shop(new ShopState(id, code, name, timeZone, slotMinutes, owner, Set.of(), now));
    }

    /** The shop exactly as stored. */
    public static Shop reconstitute(ShopState state) {
        return new Shop(state);
    }

    /** Every field, for storage. */
    public ShopState state() {
        return new ShopState(id, code, name, timeZone, slotMinutes, owner, designers, openedAt);
    }

    public ShopId id() {
        return id;
    }

    public MemberId owner() {
        return owner;
    }

    /**
     * Adds {@code designer} to the staff; adding a designer twice, or the owner, changes nothing.
     *
     * @return whether the staff changed
     * @throws NotShopOwner unless {@code actor} owns the shop
     */
    public boolean addDesigner(MemberId actor, MemberId designer) {
        requireOwner(actor);
        return !owner.equals(designer) && designers.add(designer);
    }

    /** @throws NotShopOwner unless {@code actor} owns the shop */
    public void requireOwner(MemberId actor) {
        if (!owner.equals(actor)) {
            throw new NotShopOwner();
        }
    }

    /** The role {@code member} holds in this shop: {@code OWNER}, {@code DESIGNER}, or none. */
    public Optional<Role> staffRoleOf(MemberId member) {
        if (owner.equals(member)) {
            return Optional.of(Role.OWNER);
        }
        return designers.contains(member) ? Optional.of(Role.DESIGNER) : Optional.empty();
    }
}
