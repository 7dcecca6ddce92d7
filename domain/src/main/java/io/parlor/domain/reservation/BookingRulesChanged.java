package io.parlor.domain.reservation;

import io.parlor.domain.membership.ShopId;
import org.jmolecules.event.types.DomainEvent;

/** A shop set its booking rules anew. */
public record BookingRulesChanged(ShopId shop) implements DomainEvent {
}
