package io.parlor.adapters.http.notification;

import io.parlor.domain.membership.GroupId;
import io.parlor.domain.membership.GroupNotFound;
import io.parlor.domain.membership.ShopId;
import io.parlor.domain.notification.TemplateId;
import io.parlor.domain.notification.TemplateNotFound;
import io.parlor.domain.shared.ShopNotFound;
import java.util.Optional;
import java.util.UUID;

/** Ids taken from paths or bodies: one that cannot be an id names nothing, so it is not found. */
final class ShopIds {

    private ShopIds() {
    }

    static ShopId shop(String raw) {
        return parse(raw).map(ShopId::new).orElseThrow(ShopNotFound::new);
    }

    static GroupId group(String raw) {
        return parse(raw).map(GroupId::new).orElseThrow(GroupNotFound::new);
    }

    static TemplateId template(String raw) {
        return parse(raw).map(TemplateId::new).orElseThrow(TemplateNotFound::new);
    }

    private static Optional<UUID> parse(String raw) {
        try {
            return Optional.of(UUID.fromString(raw));
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            return Optional.empty();
        }
    }
}
