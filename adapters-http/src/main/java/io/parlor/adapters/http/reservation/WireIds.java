package io.parlor.adapters.http.reservation;

import io.parlor.domain.membership.CustomerNotFound;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;
import io.parlor.domain.reservation.DesignerNotFound;
import io.parlor.domain.reservation.ReservationId;
import io.parlor.domain.reservation.ReservationNotFound;
import io.parlor.domain.reservation.ServiceId;
import io.parlor.domain.reservation.ServiceNotFound;
import io.parlor.domain.shared.ShopNotFound;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Ids taken from paths, queries or bodies: one that cannot be an id names nothing, so it is not found. */
final class WireIds {

    private WireIds() {
    }

    static ReservationId reservation(String raw) {
        return parse(raw).map(ReservationId::new).orElseThrow(ReservationNotFound::new);
    }

    static ShopId shop(String raw) {
        return parse(raw).map(ShopId::new).orElseThrow(ShopNotFound::new);
    }

    static MemberId designer(String raw) {
        return parse(raw).map(MemberId::new).orElseThrow(DesignerNotFound::new);
    }

    static List<ServiceId> services(List<String> raw) {
        return raw.stream().map(id -> parse(id).map(ServiceId::new).orElseThrow(ServiceNotFound::new)).toList();
    }

    /** A comma-separated list, as in {@code serviceIds=a,b}; blanks between commas are ignored. */
    static List<ServiceId> services(String commaSeparated) {
        return services(Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .toList());
    }

    /** A customer's id in a path: one that cannot be an id names no customer of the shop. */
    static MemberId customer(String raw) {
        return parse(raw).map(MemberId::new).orElseThrow(CustomerNotFound::new);
    }

    private static Optional<UUID> parse(String raw) {
        try {
            return Optional.of(UUID.fromString(raw.strip()));
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            return Optional.empty();
        }
    }
}
