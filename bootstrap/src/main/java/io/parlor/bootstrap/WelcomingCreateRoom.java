package io.parlor.bootstrap;

import io.micronaut.context.BeanProvider;
import io.parlor.application.chat.port.in.CreateRoom;
import io.parlor.application.membership.port.in.CustomerAudience;
import io.parlor.application.notification.port.in.ShopMessageTriggers;
import java.util.HashSet;

/**
 * Chat's room creation, followed on the creating instance by the back office: the customers in a
 * room with a shop's staff become the shop's customers, and the shop's welcome templates are
 * posted before the room is handed to anyone, so the welcome is its first message.
 */
final class WelcomingCreateRoom implements CreateRoom {

    private final CreateRoom chat;
    private final BeanProvider<CustomerAudience> audience;
    private final BeanProvider<ShopMessageTriggers> triggers;

    WelcomingCreateRoom(CreateRoom chat, BeanProvider<CustomerAudience> audience,
                        BeanProvider<ShopMessageTriggers> triggers) {
        this.chat = chat;
        this.audience = audience;
        this.triggers = triggers;
    }

    @Override
    public Result create(Command command) {
        var result = chat.create(command);
        if (result.created()) {
            var members = new HashSet<>(result.room().memberIds());
            audience.get().roomOpened(members, result.room().createdAt());
            triggers.get().roomOpened(result.room().id(), members);
        }
        return result;
    }
}
