package io.parlor.domain.reservation;

import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;
import java.util.Objects;
import org.jmolecules.ddd.types.Identifier;

/** The identity of a {@link DesignerSchedule}: one designer's hours in one shop. */
public record ScheduleId(ShopId shop, MemberId designer) implements Identifier {

    public ScheduleId {
        Objects.requireNonNull(shop, "shop");
        Objects.requireNonNull(designer, "designer");
    }
}
