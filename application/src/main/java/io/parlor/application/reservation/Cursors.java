package io.parlor.application.reservation;

import io.parlor.application.reservation.port.out.ReservationPosition;
import io.parlor.domain.reservation.ReservationId;
import io.parlor.domain.shared.InvalidValue;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/** Opaque page cursors: a URL-safe encoding of a {@link ReservationPosition}. */
final class Cursors {

    private Cursors() {
    }

    static String encode(ReservationPosition position) {
        var text = position.startAt().getEpochSecond() + "." + position.startAt().getNano() + "." + position.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws InvalidValue (field {@code cursor}) for text {@link #encode} did not make */
    static ReservationPosition decode(String cursor) {
        try {
            var parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\.", 3);
            var start = Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
            return new ReservationPosition(start, new ReservationId(UUID.fromString(parts[2])));
        } catch (RuntimeException e) {
            throw new InvalidValue("cursor", "is not a cursor this server made");
        }
    }
}
