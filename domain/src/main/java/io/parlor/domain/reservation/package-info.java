/**
 * Reservation: what a shop offers, when its designers work, and the reservations customers
 * hold, confirm, cancel and reschedule. A designer's reservations that block time (held and
 * unexpired, or confirmed) never overlap; availability is computed in the shop's time zone and
 * stays right across daylight-saving changes.
 */
@BoundedContext(name = "reservation")
package io.parlor.domain.reservation;

import org.jmolecules.ddd.annotation.BoundedContext;
