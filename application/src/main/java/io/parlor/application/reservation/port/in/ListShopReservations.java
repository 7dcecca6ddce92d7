package io.parlor.application.reservation.port.in;

import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;
import io.parlor.domain.shared.ShopNotFound;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A shop's owner or designer lists the reservations starting on one of the shop's local dates. */
public interface ListShopReservations {

    /**
     * @return every status, ordered by start
     * @throws io.parlor.domain.shared.ShopNotFound for an unknown shop
     * @throws io.parlor.domain.reservation.NotShopStaff unless {@code viewer} is the owner or a designer
     */
    List<ReservationView> list(Query query);

    /** @param designer only this designer's reservations, if given */
    record Query(MemberId viewer, ShopId shop, LocalDate date, Optional<MemberId> designer) {
        public Query {
            Objects.requireNonNull(viewer, "viewer");
            Objects.requireNonNull(shop, "shop");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(designer, "designer");
        }
    }
}
