package io.parlor.application.membership.port.in;

import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.Role;
import io.parlor.domain.membership.ShopCode;
import io.parlor.domain.membership.ShopId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an active member may read of shops: a shop's profile and staff (by id, or by the code of
 * its login link, which owners hand out), and the shops the member itself works for.
 */
public interface BrowseShops {

    /**
     * @throws io.parlor.domain.shared.ShopNotFound for an unknown shop
     * @throws io.parlor.domain.membership.MemberNotFound, AccountBlocked, AccountWithdrawn if the reader is not active
     */
    ShopProfile byId(MemberId reader, ShopId shop);

    /** As {@link #byId}, finding the shop by its login-link code. */
    ShopProfile byCode(MemberId reader, ShopCode code);

    /** The shops {@code member} owns or designs for, by name. */
    List<ShopView> staffedBy(MemberId member);

    /** A shop and the staff a customer can book or write to, the owner first. */
    record ShopProfile(ShopView shop, List<Staff> staff) {
        public ShopProfile {
            Objects.requireNonNull(shop, "shop");
            staff = List.copyOf(staff);
        }
    }

    /** One of a shop's staff; {@code role} is {@code OWNER} or {@code DESIGNER}. */
    record Staff(MemberId member, Optional<String> name, Role role) {
        public Staff {
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(role, "role");
        }
    }
}
