package io.parlor.domain.reservation;

import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;
import org.jmolecules.event.types.DomainEvent;

/** A designer's weekly hours or days off in a shop were set anew. */
public record WorkingHoursChanged(ShopId shop, MemberId designer) implements DomainEvent {
}
