package io.parlor.application.reservation.port.in;

import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;
import io.parlor.domain.reservation.WorkingHours;
import io.parlor.domain.shared.NotShopOwner;
import io.parlor.domain.shared.ShopNotFound;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Replaces a designer's weekly hours and days off in a shop. The owner sets anyone's hours, a
 * designer its own. The owner can be booked too, so it has hours like a designer. Existing
 * reservations are kept as they are.
 */
public interface SetWorkingHours {

    /**
     * @throws io.parlor.domain.shared.ShopNotFound for an unknown shop
     * @throws io.parlor.domain.reservation.DesignerNotFound unless {@code designer} is the owner or a designer
     * @throws io.parlor.domain.shared.NotShopOwner unless {@code actor} is the owner or {@code designer}
     * @throws io.parlor.domain.shared.InvalidValue when ranges of a day overlap or are too many
     */
    ScheduleView set(Command command);

    record Command(MemberId actor, ShopId shop, MemberId designer, List<WorkingHours> weekly,
            Set<LocalDate> daysOff) {
        public Command {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(shop, "shop");
            Objects.requireNonNull(designer, "designer");
            weekly = List.copyOf(weekly);
            daysOff = Set.copyOf(daysOff);
        }
    }
}
