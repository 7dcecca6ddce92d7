package io.parlor.application.reservation;

import io.parlor.application.reservation.port.out.ShopDirectory;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;
import io.parlor.domain.reservation.DesignerNotFound;
import io.parlor.domain.reservation.NotShopStaff;
import io.parlor.domain.reservation.Party;
import io.parlor.domain.reservation.Reservation;
import io.parlor.domain.reservation.ReservationNotFound;
import io.parlor.domain.reservation.ShopProfile;
import io.parlor.domain.shared.NotShopOwner;
import io.parlor.domain.shared.ShopNotFound;

/** Who may do what in a shop, asked of the {@link ShopDirectory}. Staff are the owner and the designers. */
final class ShopAccess {

    private final ShopDirectory shops;

    ShopAccess(ShopDirectory shops) {
        this.shops = shops;
    }

    /** @throws ShopNotFound for an unknown shop */
    ShopProfile profile(ShopId shop) {
        return shops.profile(shop).orElseThrow(ShopNotFound::new);
    }

    boolean isStaff(ShopId shop, MemberId member) {
        return shops.isStaff(shop, member);
    }

    /** @throws NotShopOwner unless {@code member} owns the shop */
    void requireOwner(ShopId shop, MemberId member) {
        if (!shops.isOwner(shop, member)) {
            throw new NotShopOwner();
        }
    }

    /** @throws NotShopStaff unless {@code member} is the owner or a designer */
    void requireStaff(ShopId shop, MemberId member) {
        if (!isStaff(shop, member)) {
            throw new NotShopStaff();
        }
    }

    /** @throws DesignerNotFound unless {@code designer} can be booked: the owner or a designer */
    void requireBookable(ShopId shop, MemberId designer) {
        if (!isStaff(shop, designer)) {
            throw new DesignerNotFound();
        }
    }

    /**
     * As whom {@code actor} acts on the reservation: staff of its shop first, else its customer.
     *
     * @throws ReservationNotFound for anyone else, who may not know it exists
     */
    Party partyOf(Reservation reservation, MemberId actor) {
        if (isStaff(reservation.shop(), actor)) {
            return Party.STAFF;
        }
        if (reservation.customer().equals(actor)) {
            return Party.CUSTOMER;
        }
        throw new ReservationNotFound();
    }
}
