package io.parlor.bootstrap.reservation;

import static org.assertj.core.api.Assertions.assertThat;

import io.parlor.application.reservation.port.out.Reservations;
import io.parlor.domain.reservation.ReservationId;
import io.parlor.domain.reservation.ReservationStatus;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The scheduled sweeper stores EXPIRED on holds that ran out, and leaves the others alone. */
class HoldSweeperTest extends ReservationHttpSuite {

    @Inject
    Reservations reservations;

    @Override
    protected Map<String, String> moreProperties() {
        return Map.of("parlor.reservation.sweep-interval", "200ms");
    }

    @Test
    void aHoldThatRanOutIsStoredAsExpiredWhileAConfirmedOneStays() throws InterruptedException {
        var salon = salon();
        var customer = member();
        var stale = hold(customer, salon, at(salon, 2, "10:00")).text("id");
        var kept = hold(customer, salon, at(salon, 2, "14:00")).text("id");
        act(customer, kept, "confirm");

        clock.advance(Duration.ofMinutes(6));
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (storedStatus(stale) == ReservationStatus.HELD && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }

        assertThat(storedStatus(stale)).isEqualTo(ReservationStatus.EXPIRED);
        assertThat(storedStatus(kept)).isEqualTo(ReservationStatus.CONFIRMED);
    }

    private ReservationStatus storedStatus(String id) {
        return reservations.findById(new ReservationId(UUID.fromString(id))).orElseThrow().state().status();
    }
}
