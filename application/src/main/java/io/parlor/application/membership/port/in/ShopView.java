package io.parlor.application.membership.port.in;

import io.parlor.domain.membership.ShopId;

/** A shop as its staff sees it; {@code code} is its login-link code, {@code timeZone} a region id. */
public record ShopView(ShopId id, String code, String name, String timeZone, int slotMinutes) {
}
