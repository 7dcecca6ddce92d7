package io.parlor.adapters.http.reservation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parlor.domain.shared.InvalidValue;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WireTimeTest {

    @Test
    void readsInstantsWithAnyOffsetAndDates() {
        assertThat(WireTime.instant(" 2026-11-21T18:30:00+09:00 ", "startAt"))
                .isEqualTo(Instant.parse("2026-11-21T09:30:00Z"));
        assertThat(WireTime.date("2026-11-21", "date")).isEqualTo(LocalDate.of(2026, 11, 21));
    }

    @Test
    void timesThatTheCalendarArithmeticCannotHoldAreInvalidFields() {
        for (String far : new String[] {"+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z",
                "+10000-01-01T00:00:00Z", "0000-06-01T00:00:00Z"}) {
            assertThatThrownBy(() -> WireTime.instant(far, "startAt")).isInstanceOf(InvalidValue.class)
                    .hasMessageContaining("between the years 0001 and 9999");
        }
        for (String far : new String[] {"+999999999-12-31", "-999999999-01-01", "9999-12-31"}) {
            assertThatThrownBy(() -> WireTime.date(far, "date")).isInstanceOf(InvalidValue.class);
        }
        assertThat(WireTime.date("9999-12-30", "date")).isEqualTo(LocalDate.of(9999, 12, 30));
    }
}
