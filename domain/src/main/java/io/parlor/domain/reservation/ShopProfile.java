package io.parlor.domain.reservation;

import io.parlor.domain.membership.ShopId;
import io.parlor.domain.shared.InvalidValue;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * What reservation needs to know of a shop: its time zone and the grid its start times fall
 * on. The shop itself belongs to membership.
 *
 * @param slotMinutes divides a day: 5, 10, 15, 20, 30 or 60
 */
@ValueObject
public record ShopProfile(ShopId shop, ZoneId zone, int slotMinutes) {

    /** Half an hour. */
    public static final int DEFAULT_SLOT_MINUTES = 30;

    private static final Set<Integer> ALLOWED = Set.of(5, 10, 15, 20, 30, 60);

    /** @throws InvalidValue (field {@code slotMinutes}) unless it is one of 5, 10, 15, 20, 30, 60 */
    public ShopProfile {
        Objects.requireNonNull(shop, "shop");
        Objects.requireNonNull(zone, "zone");
        if (!ALLOWED.contains(slotMinutes)) {
            throw new InvalidValue("slotMinutes", "must be one of 5, 10, 15, 20, 30, 60");
        }
    }

    /** The real time of the shop's local {@code date}: from its first instant to the next day's. */
    public TimeSpan day(LocalDate date) {
        return new TimeSpan(date.atStartOfDay(zone).toInstant(), date.plusDays(1).atStartOfDay(zone).toInstant());
    }
}
