package io.parlor.domain.reservation;

import static io.parlor.domain.reservation.ReservationFixtures.anyShopId;
import static io.parlor.domain.reservation.ReservationFixtures.service;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parlor.domain.membership.ShopId;
import io.parlor.domain.shared.InvalidValue;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class TreatmentTest {

    private final ShopId shop = anyShopId();

    @Test
    void addsDurationsAndPricesAndKeepsTheLastBuffer() {
        var cut = service(shop, 30, "25.50", 30);
        var colour = service(shop, 90, "80", 15);

        var treatment = Treatment.of(shop, List.of(cut, colour));

        assertThat(treatment.services()).containsExactly(cut.id(), colour.id());
        assertThat(treatment.duration()).isEqualTo(Duration.ofMinutes(120));
        assertThat(treatment.buffer()).isEqualTo(Duration.ofMinutes(15));
        assertThat(treatment.blockedFor()).isEqualTo(Duration.ofMinutes(135));
        assertThat(treatment.price()).isEqualTo(new Price(new BigDecimal("105.5")));
    }

    @Test
    void refusesNoServiceTheSameServiceTwiceOrAnotherShopsService() {
        var cut = service(shop, 30, "25", 0);
        var elsewhere = service(anyShopId(), 30, "25", 0);

        assertThatThrownBy(() -> Treatment.of(shop, List.of())).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> Treatment.of(shop, List.of(cut, cut))).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> Treatment.of(shop, List.of(cut, elsewhere))).isInstanceOf(InvalidValue.class);
    }

    @Test
    void pricesAreNormalisedDecimals() {
        assertThat(new Price(new BigDecimal("10.00"))).isEqualTo(new Price(BigDecimal.TEN));
        assertThat(new Price(new BigDecimal("1E+3")).toString()).isEqualTo("1000");
        assertThatThrownBy(() -> new Price(new BigDecimal("-1"))).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new Price(new BigDecimal("0.0001"))).isInstanceOf(InvalidValue.class);
    }

    @Test
    void servicesLastBetweenAMinuteAndADay() {
        assertThatThrownBy(() -> service(shop, 0, "1", 0)).isInstanceOf(InvalidValue.class)
                .extracting(e -> ((InvalidValue) e).field()).isEqualTo("durationMinutes");
        assertThatThrownBy(() -> service(shop, 30, "1", -5)).isInstanceOf(InvalidValue.class)
                .extracting(e -> ((InvalidValue) e).field()).isEqualTo("bufferMinutes");
    }
}
