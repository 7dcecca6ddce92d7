package io.parlor.application.notification;

import io.parlor.application.notification.port.in.ShopMessageTriggers;
import io.parlor.application.notification.port.out.ShopDesk;
import io.parlor.application.notification.port.out.ShopFacts;
import io.parlor.application.notification.port.out.Templates;
import io.parlor.application.shared.port.out.Deadline;
import io.parlor.application.shared.port.out.Deadlines;
import io.parlor.application.shared.port.out.TimeSource;
import io.parlor.domain.chat.RoomId;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;
import io.parlor.domain.notification.MessageTemplate;
import io.parlor.domain.notification.TriggerType;
import io.parlor.domain.reservation.ReservationCancelled;
import io.parlor.domain.reservation.ReservationCompleted;
import io.parlor.domain.reservation.ReservationConfirmed;
import io.parlor.domain.reservation.ReservationEvent;
import io.parlor.domain.reservation.ReservationExpired;
import io.parlor.domain.reservation.ReservationNoShow;
import io.parlor.domain.reservation.ReservationRescheduled;
import io.parlor.domain.reservation.ReservationStatus;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps one deadline per template and reservation ({@code sm:<template>:<reservation>}), written
 * in the reservation's own unit of work: confirming schedules it, rescheduling moves it,
 * cancelling, expiring and no-shows remove it. A send whose time has passed is not scheduled.
 */
final class ShopMessageTriggersService implements ShopMessageTriggers {

    private final Templates templates;
    private final ShopDesk desk;
    private final Deadlines deadlines;
    private final ShopSender sender;
    private final TimeSource time;

    ShopMessageTriggersService(Templates templates, ShopDesk desk, Deadlines deadlines, ShopSender sender,
            TimeSource time) {
        this.templates = templates;
        this.desk = desk;
        this.deadlines = deadlines;
        this.sender = sender;
        this.time = time;
    }

    /**
     * The shop is read only where its zone is needed; a hold, the most frequent change, triggers
     * nothing and reads nothing. An unknown shop has no templates, so its cancels change nothing.
     */
    @Override
    public void reservationsChanged(List<Change> changes) {
        var now = time.now();
        for (var change : changes) {
            var event = change.event();
            if (event instanceof ReservationConfirmed) {
                desk.shop(event.shop()).ifPresent(shop -> {
                    sendNow(shop, event, now);
                    remind(shop, event, now);
                });
            } else if (event instanceof ReservationRescheduled && change.status() == ReservationStatus.CONFIRMED) {
                desk.shop(event.shop()).ifPresent(shop -> remind(shop, event, now));
            } else if (event instanceof ReservationCancelled || event instanceof ReservationExpired
                    || event instanceof ReservationNoShow) {
                cancel(event, TriggerType.RESERVATION_CONFIRMED);
                cancel(event, TriggerType.BEFORE_RESERVATION);
            } else if (event instanceof ReservationCompleted) {
                cancel(event, TriggerType.BEFORE_RESERVATION);
                desk.shop(event.shop()).ifPresent(shop -> followUp(shop, event, now));
            }
        }
    }

    /** Schedules every {@code AFTER_RESERVATION} send, at once if its time has passed. */
    private void followUp(ShopFacts shop, ReservationEvent event, Instant now) {
        for (var template : templates.triggeredBy(event.shop(), TriggerType.AFTER_RESERVATION)) {
            var due = template.trigger().sendAt(event.startAt(), shop.zone());
            schedule(template, event, ShopMessage.Purpose.AFTER, due.isAfter(now) ? due : now);
        }
    }

    /** Schedules (or moves) every {@code BEFORE_RESERVATION} send, or removes one whose time has passed. */
    private void remind(ShopFacts shop, ReservationEvent event, Instant now) {
        for (var template : templates.triggeredBy(event.shop(), TriggerType.BEFORE_RESERVATION)) {
            var due = template.trigger().sendAt(event.startAt(), shop.zone());
            if (due.isAfter(now)) {
                schedule(template, event, ShopMessage.Purpose.BEFORE, due);
            } else {
                deadlines.cancel(key(template, event));
            }
        }
    }

    private void sendNow(ShopFacts shop, ReservationEvent event, Instant now) {
        for (var template : templates.triggeredBy(shop.id(), TriggerType.RESERVATION_CONFIRMED)) {
            schedule(template, event, ShopMessage.Purpose.CONFIRMED, now);
        }
    }

    private void schedule(MessageTemplate template, ReservationEvent event, ShopMessage.Purpose purpose, Instant due) {
        var message = new ShopMessage(purpose, event.shop(), event.customer(), Optional.of(template.id()),
                Optional.of(event.reservation()), Optional.of(event.designer()), Optional.of(event.startAt()), "");
        deadlines.schedule(Deadline.of(key(template, event), ShopMessage.KIND, due, message.encode()));
    }

    private void cancel(ReservationEvent event, TriggerType type) {
        for (var template : templates.triggeredBy(event.shop(), type)) {
            deadlines.cancel(key(template, event));
        }
    }

    private static String key(MessageTemplate template, ReservationEvent event) {
        return "sm:" + template.id() + ":" + event.reservation();
    }

    @Override
    public void roomOpened(RoomId room, Set<MemberId> members) {
        var seen = new HashSet<ShopId>();
        for (var member : members) {
            for (var shopId : desk.staffedBy(member)) {
                if (seen.add(shopId)) {
                    desk.shop(shopId).ifPresent(shop -> welcome(room, members, shop));
                }
            }
        }
    }

    private void welcome(RoomId room, Set<MemberId> members, ShopFacts shop) {
        var customers = members.stream().filter(m -> !shop.isStaff(m)).toList();
        var speaker = shop.speakerAmong(members);
        if (customers.isEmpty() || speaker.isEmpty()) {
            return;
        }
        for (var template : templates.triggeredBy(shop.id(), TriggerType.ROOM_CREATED)) {
            var customer = customers.size() == 1 ? Optional.of(customers.get(0)) : Optional.<MemberId>empty();
            var text = sender.render(template.body(), shop, customer, Optional.empty(), Optional.empty());
            sender.conversations().postIn(room, speaker.get(), text,
                    ShopSender.dedupeKey("welcome:" + template.id() + ":" + room));
        }
    }
}
