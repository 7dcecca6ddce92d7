package io.parlor.domain.reservation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns local times of day into real time, across daylight-saving changes. The day is cut at
 * each offset transition; within a piece the offset is fixed, so local and real time move
 * together and the instants whose local time lies in a range form one interval. A local time
 * that does not exist (spring forward) yields no instant; one that occurs twice (fall back)
 * yields both.
 */
final class WallClock {

    private WallClock() {
    }

    /**
     * The instants whose local date-time in {@code zone} lies in {@code [date from, date to)},
     * as sorted, non-overlapping spans.
     */
    static List<TimeSpan> instantsOf(LocalDate date, LocalTime from, LocalTime to, ZoneId zone) {
        ZoneRules rules = zone.getRules();
        Instant cursor = date.minusDays(1).atStartOfDay(zone).toInstant();
        Instant stop = date.plusDays(2).atStartOfDay(zone).toInstant();
        var spans = new ArrayList<TimeSpan>();
        while (cursor.isBefore(stop)) {
            ZoneOffsetTransition next = rules.nextTransition(cursor);
            Instant pieceEnd = next == null || next.getInstant().isAfter(stop) ? stop : next.getInstant();
            ZoneOffset offset = rules.getOffset(cursor);
            Instant start = latest(cursor, LocalDateTime.of(date, from).toInstant(offset));
            Instant end = earliest(pieceEnd, LocalDateTime.of(date, to).toInstant(offset));
            if (start.isBefore(end)) {
                spans.add(new TimeSpan(start, end));
            }
            cursor = pieceEnd;
        }
        return TimeSpan.merge(spans);
    }

    /** Whether {@code instant} falls on a whole minute that is a multiple of {@code slotMinutes} past local midnight. */
    static boolean onGrid(Instant instant, ZoneId zone, int slotMinutes) {
        LocalTime local = instant.atZone(zone).toLocalTime();
        return local.getSecond() == 0 && local.getNano() == 0
                && (local.getHour() * 60 + local.getMinute()) % slotMinutes == 0;
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
