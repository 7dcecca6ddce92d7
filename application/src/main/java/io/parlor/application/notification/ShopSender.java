package io.parlor.application.notification;

import io.parlor.application.notification.port.out.Contact;
import io.parlor.application.notification.port.out.Contacts;
import io.parlor.application.notification.port.out.ShopConversations;
import io.parlor.application.notification.port.out.ShopFacts;
import io.parlor.application.notification.port.out.TemplateEngine;
import io.parlor.domain.membership.MemberId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Fills a template for one customer and posts it as the shop. */
final class ShopSender {

    private static final DateTimeFormatter START = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** Chat's default limit on a message. */
    private static final int MAX_TEXT = 4_000;

    private final TemplateEngine engine;
    private final Contacts contacts;
    private final ShopConversations conversations;

    ShopSender(TemplateEngine engine, Contacts contacts, ShopConversations conversations) {
        this.engine = engine;
        this.contacts = contacts;
        this.conversations = conversations;
    }

    String render(String body, ShopFacts shop, Optional<MemberId> customer, Optional<MemberId> designer,
                  Optional<Instant> start) {
        var values = new HashMap<String, String>();
        values.put("shopName", shop.name());
        customer.flatMap(contacts::of).map(Contact::name).ifPresent(name -> values.put("customerName", name));
        designer.flatMap(contacts::of).map(Contact::name).ifPresent(name -> values.put("designerName", name));
        start.ifPresent(at -> values.put("reservationStart", START.format(at.atZone(shop.zone()))));
        var text = engine.render(body, Map.copyOf(values)).strip();
        if (text.codePointCount(0, text.length()) > MAX_TEXT) {
            text = text.substring(0, text.offsetByCodePoints(0, MAX_TEXT));
        }
        return text.isEmpty() ? shop.name() : text;
    }

    ShopConversations conversations() {
        return conversations;
    }

    /** A chat dedupe key (at most 64 characters) that stands for {@code key}. */
    static String dedupeKey(String key) {
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
