package io.parlor.bootstrap;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Factory;
import io.parlor.adapters.messaging.template.MustacheTemplateEngine;
import io.parlor.application.bridge.ChatShopConversations;
import io.parlor.application.bridge.MembershipContacts;
import io.parlor.application.bridge.MembershipShopDesk;
import io.parlor.application.chat.port.in.CreateRoom;
import io.parlor.application.chat.port.in.PostMessage;
import io.parlor.application.membership.port.in.CustomerAudience;
import io.parlor.application.membership.port.out.Members;
import io.parlor.application.membership.port.out.Shops;
import io.parlor.application.notification.NotificationUseCases;
import io.parlor.application.notification.ShopMessagingPorts;
import io.parlor.application.notification.ShopMessagingUseCases;
import io.parlor.application.notification.port.out.Templates;
import io.parlor.application.shared.Platform;
import io.parlor.application.shared.port.out.Deadlines;
import jakarta.inject.Singleton;

/** Builds shop messaging (templates, their triggers, group messages) and its bridges to membership and chat. */
@Factory
class ShopMessagingFactory {

    @Singleton
    ShopMessagingPorts shopMessagingPorts(Platform platform, Templates templates, Shops shops,
                                          BeanProvider<CustomerAudience> audience, BeanProvider<CreateRoom> createRoom,
                                          BeanProvider<PostMessage> post, Members members, Deadlines deadlines) {
        return new ShopMessagingPorts(platform, templates, new MustacheTemplateEngine(),
                new MembershipShopDesk(shops, audience::get), new ChatShopConversations(createRoom::get, post::get),
                new MembershipContacts(members), deadlines);
    }

    @Singleton
    ShopMessagingUseCases shopMessagingUseCases(ShopMessagingPorts ports, NotificationUseCases notification) {
        return ShopMessagingUseCases.wire(ports, notification.raise());
    }
}
