package io.parlor.application.notification;

import io.parlor.application.notification.port.in.ManageTemplates;
import io.parlor.application.notification.port.in.RaiseNotification;
import io.parlor.application.notification.port.in.SendGroupMessage;
import io.parlor.application.notification.port.in.ShopMessageTriggers;
import io.parlor.application.shared.port.in.DeadlineHandler;
import java.util.List;

/**
 * Shop messaging, wired: templates, what sends them by itself, and group messages. Every send
 * is a deadline of kind {@value ShopMessage#KIND}, run by {@link #deadlineHandlers()}.
 */
public record ShopMessagingUseCases(ManageTemplates manageTemplates, SendGroupMessage sendGroupMessage,
        ShopMessageTriggers triggers, List<DeadlineHandler> deadlineHandlers) {

    /** @param raise notification's own use case, which puts each send in the customer's inbox too */
    public static ShopMessagingUseCases wire(ShopMessagingPorts ports, RaiseNotification raise) {
        var sender = new ShopSender(ports.engine(), ports.contacts(), ports.conversations());
        var gate = new ShopGate(ports.desk());
        return new ShopMessagingUseCases(
                new ManageTemplatesService(ports.templates(), ports.engine(), gate, ports.transactions(), ports.ids()),
                new SendGroupMessageService(ports.templates(), ports.desk(), ports.deadlines(), gate,
                        ports.transactions(), ports.time(), ports.ids()),
                new ShopMessageTriggersService(ports.templates(), ports.desk(), ports.deadlines(), sender,
                        ports.time()),
                List.of(new SendShopMessageService(ports.templates(), ports.desk(), sender, raise, ports.time())));
    }
}
