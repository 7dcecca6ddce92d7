package io.parlor.application.notification;

import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;
import io.parlor.domain.notification.NotificationType;
import io.parlor.domain.notification.TemplateId;
import io.parlor.domain.notification.TriggerType;
import io.parlor.domain.reservation.ReservationId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * One send of a shop's message to one customer, as a deadline carries it: a template (or, for
 * a group message, the text itself) and the reservation it is about, if any.
 */
record ShopMessage(Purpose purpose, ShopId shop, MemberId customer, Optional<TemplateId> template,
        Optional<ReservationId> reservation, Optional<MemberId> designer, Optional<Instant> startAt, String text) {

    /** Deadlines of this kind carry shop messages. */
    static final String KIND = "shop-message";

    enum Purpose {
        CONFIRMED(TriggerType.RESERVATION_CONFIRMED, NotificationType.RESERVATION_CONFIRMED),
        BEFORE(TriggerType.BEFORE_RESERVATION, NotificationType.RESERVATION_REMINDER),
        AFTER(TriggerType.AFTER_RESERVATION, NotificationType.RESERVATION_REMINDER),
        GROUP(TriggerType.MANUAL, NotificationType.GROUP_MESSAGE);

        final TriggerType trigger;
        final NotificationType notification;

        Purpose(TriggerType trigger, NotificationType notification) {
            this.trigger = trigger;
            this.notification = notification;
        }
    }

    /** The payload: one field per line, absent ones empty, the free text last (it may hold line breaks). */
    String encode() {
        return String.join("\n", purpose.name(), shop.toString(), customer.toString(), text(template),
                text(reservation), text(designer), startAt.map(Instant::toString).orElse(""), text);
    }

    static ShopMessage decode(String payload) {
        var fields = payload.split("\n", 8);
        return new ShopMessage(Purpose.valueOf(fields[0]), new ShopId(UUID.fromString(fields[1])),
                new MemberId(UUID.fromString(fields[2])), optional(fields[3], u -> new TemplateId(UUID.fromString(u))),
                optional(fields[4], u -> new ReservationId(UUID.fromString(u))),
                optional(fields[5], u -> new MemberId(UUID.fromString(u))), optional(fields[6], Instant::parse),
                fields[7]);
    }

    private static String text(Optional<?> value) {
        return value.map(Object::toString).orElse("");
    }

    private static <T> Optional<T> optional(String field, Function<String, T> parse) {
        return field.isEmpty() ? Optional.empty() : Optional.of(parse.apply(field));
    }
}
