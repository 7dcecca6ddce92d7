package io.parlor.adapters.http.reservation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.parlor.application.reservation.port.in.AvailabilityView;
import io.parlor.application.reservation.port.in.ReservationPage;
import io.parlor.application.reservation.port.in.ReservationView;
import io.parlor.application.reservation.port.in.ScheduleView;
import io.parlor.application.reservation.port.in.ServiceView;
import io.parlor.domain.reservation.BookingRules;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The JSON shapes of API.md's reservation section. Every member is always written, a missing
 * {@code holdExpiresAt} as {@code null} and an empty list as {@code []}, so that clients see one
 * shape. Instants are ISO-8601 UTC with {@code Z}.
 */
final class ReservationResponses {

    private ReservationResponses() {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ReservationResponse(String id, String shopId, String designerId, String customerId, List<String> serviceIds,
                               String startAt, String endAt, String status, @Nullable String holdExpiresAt,
                               BigDecimal price) {

        static ReservationResponse of(ReservationView view) {
            return new ReservationResponse(view.id().toString(), view.shopId().toString(),
                    view.designerId().toString(), view.customerId().toString(),
                    view.serviceIds().stream().map(Object::toString).toList(), text(view.startAt()),
                    text(view.endAt()), view.status().name(), view.holdExpiresAt().map(Instant::toString).orElse(null),
                    view.price());
        }

        static List<ReservationResponse> of(List<ReservationView> views) {
            return views.stream().map(ReservationResponse::of).toList();
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ReservationPageResponse(List<ReservationResponse> items, @Nullable String nextCursor) {

        static ReservationPageResponse of(ReservationPage page) {
            return new ReservationPageResponse(ReservationResponse.of(page.items()), page.nextCursor().orElse(null));
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ServiceResponse(String id, String shopId, String name, int durationMinutes, BigDecimal price,
                           int bufferMinutes) {

        static ServiceResponse of(ServiceView view) {
            return new ServiceResponse(view.id().toString(), view.shopId().toString(), view.name(),
                    view.durationMinutes(), view.price(), view.bufferMinutes());
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ScheduleResponse(String shopId, String designerId, List<RangeResponse> weekly, List<String> daysOff) {

        static ScheduleResponse of(ScheduleView view) {
            return new ScheduleResponse(view.shopId().toString(), view.designerId().toString(),
                    view.weekly().stream().map(w -> new RangeResponse(w.day().name(), WireTime.timeOfDay(w.start()),
                            WireTime.timeOfDay(w.end()))).toList(),
                    view.daysOff().stream().map(Object::toString).toList());
        }
    }

    @Serdeable
    record RangeResponse(String dayOfWeek, String start, String end) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record AvailabilityResponse(String date, String timeZone, List<SlotResponse> slots) {

        static AvailabilityResponse of(AvailabilityView view) {
            return new AvailabilityResponse(view.date().toString(), view.timeZone(), view.slots().stream()
                    .map(slot -> new SlotResponse(text(slot.startAt()), text(slot.endAt()))).toList());
        }
    }

    @Serdeable
    record SlotResponse(String startAt, String endAt) {
    }

    @Serdeable
    record BookingRulesResponse(long minimumNoticeMinutes, long horizonDays, long cancellationCutoffMinutes) {

        static BookingRulesResponse of(BookingRules rules) {
            return new BookingRulesResponse(rules.minimumNotice().toMinutes(), rules.horizon().toDays(),
                    rules.cancellationCutoff().toMinutes());
        }
    }

    private static String text(Instant instant) {
        return instant.toString();
    }
}
