package io.parlor.application.notification;

import io.parlor.application.notification.port.out.Contacts;
import io.parlor.application.notification.port.out.ShopConversations;
import io.parlor.application.notification.port.out.ShopDesk;
import io.parlor.application.notification.port.out.TemplateEngine;
import io.parlor.application.notification.port.out.Templates;
import io.parlor.application.shared.OnPlatform;
import io.parlor.application.shared.Platform;
import io.parlor.application.shared.port.out.Deadlines;
import java.util.Objects;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * The secondary ports of shop messaging (templates, their triggers, group messages), to be
 * handed to {@link ShopMessagingUseCases#wire}. Stores and deadlines must take part in the
 * units of work of the platform, and so must chat behind {@code conversations}.
 */
@SecondaryPort
public record ShopMessagingPorts(Platform platform, Templates templates, TemplateEngine engine, ShopDesk desk,
        ShopConversations conversations, Contacts contacts, Deadlines deadlines) implements OnPlatform {

    public ShopMessagingPorts {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(templates, "templates");
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(desk, "desk");
        Objects.requireNonNull(conversations, "conversations");
        Objects.requireNonNull(contacts, "contacts");
        Objects.requireNonNull(deadlines, "deadlines");
    }
}
