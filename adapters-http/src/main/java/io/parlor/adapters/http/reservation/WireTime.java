package io.parlor.adapters.http.reservation;

import io.parlor.domain.shared.InvalidValue;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Times as the wire writes them: instants in ISO-8601 ({@code 2026-11-21T09:30:00Z}, an offset
 * accepted too), calendar dates {@code YYYY-MM-DD}, times of day {@code HH:mm}, days of the week
 * {@code MONDAY} to {@code SUNDAY}. Anything else is an invalid field, named as on the wire.
 */
final class WireTime {

    private static final DateTimeFormatter TIME_OF_DAY = DateTimeFormatter.ofPattern("HH:mm");
    /** Calendars work in the shop's zone and a day around: years 1 to 9999 keep that arithmetic in range. */
    private static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 2);
    private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 30);
    private static final Instant FIRST = FIRST_DAY.atStartOfDay().toInstant(ZoneOffset.UTC);
    private static final Instant LAST = LAST_DAY.atStartOfDay().toInstant(ZoneOffset.UTC);

    private WireTime() {
    }

    static Instant instant(String raw, String field) {
        Instant instant;
        try {
            instant = OffsetDateTime.parse(raw.strip()).toInstant();
        } catch (DateTimeParseException | NullPointerException e) {
            throw new InvalidValue(field, "must be an ISO-8601 instant such as 2026-11-21T09:30:00Z");
        }
        if (instant.isBefore(FIRST) || instant.isAfter(LAST)) {
            throw new InvalidValue(field, "must lie between the years 0001 and 9999");
        }
        return instant;
    }

    static LocalDate date(String raw, String field) {
        LocalDate date;
        try {
            date = LocalDate.parse(raw.strip());
        } catch (DateTimeParseException | NullPointerException e) {
            throw new InvalidValue(field, "must be a date such as 2026-11-21");
        }
        if (date.isBefore(FIRST_DAY) || date.isAfter(LAST_DAY)) {
            throw new InvalidValue(field, "must lie between the years 0001 and 9999");
        }
        return date;
    }

    static LocalTime timeOfDay(String raw, String field) {
        try {
            return LocalTime.parse(raw.strip(), TIME_OF_DAY);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new InvalidValue(field, "times of day are written HH:mm");
        }
    }

    static DayOfWeek dayOfWeek(String raw, String field) {
        try {
            return DayOfWeek.valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidValue(field, "dayOfWeek is one of MONDAY to SUNDAY");
        }
    }

    static String timeOfDay(LocalTime time) {
        return time.format(TIME_OF_DAY);
    }
}
