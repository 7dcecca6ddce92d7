package io.parlor.application.notification;

import io.parlor.application.notification.port.out.Contacts;
import io.parlor.application.notification.port.out.ShopConversations;
import io.parlor.application.notification.port.out.ShopDesk;
import io.parlor.application.notification.port.out.TemplateEngine;
import io.parlor.application.notification.port.out.Templates;
import io.parlor.application.shared.port.out.Deadlines;
import io.parlor.application.shared.port.out.IdGenerator;
import io.parlor.application.shared.port.out.TimeSource;
import io.parlor.application.shared.port.out.TransactionRunner;
import java.util.Objects;

/**
 * The secondary ports of shop messaging (templates, their triggers, group messages), to be
 * handed to {@link ShopMessagingUseCases#wire}. Stores and deadlines must take part in the
 * units of work of {@code transactions}, and so must chat behind {@code conversations}.
 */
public record ShopMessagingPorts(Templates templates, TemplateEngine engine, ShopDesk desk,
        ShopConversations conversations, Contacts contacts, Deadlines deadlines, TransactionRunner transactions,
        TimeSource time, IdGenerator ids) {

    public ShopMessagingPorts {
        Objects.requireNonNull(templates, "templates");
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(desk, "desk");
        Objects.requireNonNull(conversations, "conversations");
        Objects.requireNonNull(contacts, "contacts");
        Objects.requireNonNull(deadlines, "deadlines");
        Objects.requireNonNull(transactions, "transactions");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(ids, "ids");
    }
}
