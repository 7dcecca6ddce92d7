package io.parlor.application.membership.port.in;

import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopName;
import java.util.Objects;
import java.util.Optional;

/** An active member opens a shop and becomes its owner. */
public interface CreateShop {

    /**
     * @throws io.parlor.domain.shared.InvalidValue for an unknown time zone or slot length
     * @throws io.parlor.domain.membership.MemberNotFound for an unknown member
     * @throws io.parlor.domain.membership.AccountBlocked, AccountWithdrawn, EmailNotVerified if not active
     */
    ShopView create(Command command);

    /** @param slotMinutes 30 when absent */
    record Command(MemberId owner, ShopName name, String timeZone, Optional<Integer> slotMinutes) {
        public Command {
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(slotMinutes, "slotMinutes");
        }
    }
}
