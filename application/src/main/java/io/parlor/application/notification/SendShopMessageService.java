package io.parlor.application.notification;

import io.parlor.application.notification.port.in.RaiseNotification;
import io.parlor.application.notification.port.out.ShopDesk;
import io.parlor.application.notification.port.out.Templates;
import io.parlor.application.shared.port.in.DeadlineHandler;
import io.parlor.application.shared.port.out.TimeSource;
import java.util.HashMap;
import java.util.Optional;

/**
 * Sends one shop message when its deadline falls due: a {@code TEMPLATE} chat message from the
 * shop's owner in the customer's direct room, and a notification. Both are written in the
 * deadline's unit of work and keyed by it, so a rerun after a crash posts and notifies nothing twice.
 */
final class SendShopMessageService implements DeadlineHandler {

    private static final int MAX_TITLE = 200;

    private final Templates templates;
    private final ShopDesk desk;
    private final ShopSender sender;
    private final RaiseNotification raise;
    private final TimeSource time;

    SendShopMessageService(Templates templates, ShopDesk desk, ShopSender sender, RaiseNotification raise,
            TimeSource time) {
        this.templates = templates;
        this.desk = desk;
        this.sender = sender;
        this.raise = raise;
        this.time = time;
    }

    @Override
    public String kind() {
        return ShopMessage.KIND;
    }

    @Override
    public void run(String key, String payload) {
        var message = ShopMessage.decode(payload);
        var shop = desk.shop(message.shop());
        if (shop.isEmpty() || shop.get().isStaff(message.customer())) {
            return;
        }
        var body = body(message);
        boolean startPassed = message.startAt().map(start -> !start.isAfter(time.now())).orElse(false);
        if (body.isEmpty() || (message.purpose() == ShopMessage.Purpose.BEFORE && startPassed)) {
            return;
        }
        var text = sender.render(body.get(), shop.get(), Optional.of(message.customer()), message.designer(),
                message.startAt());
        var room = sender.conversations().postDirect(shop.get().owner(), message.customer(), text,
                ShopSender.dedupeKey(key));
        var data = new HashMap<String, String>();
        data.put("shopId", message.shop().toString());
        data.put("roomId", room.toString());
        message.reservation().ifPresent(id -> data.put("reservationId", id.toString()));
        var title = shop.get().name();
        raise.raise(new RaiseNotification.Command(message.customer(), message.purpose().notification,
                title.length() > MAX_TITLE ? title.substring(0, MAX_TITLE) : title, text, data, Optional.of(key)));
    }

    /** The text to fill: the template's, if it still exists with the same trigger; the message's own otherwise. */
    private Optional<String> body(ShopMessage message) {
        if (message.template().isEmpty()) {
            return Optional.of(message.text());
        }
        return templates.find(message.shop(), message.template().get())
                .filter(t -> message.purpose() == ShopMessage.Purpose.GROUP
                        || t.trigger().type() == message.purpose().trigger)
                .map(t -> t.body());
    }
}
