package io.parlor.bootstrap;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.parlor.application.notification.ShopMessagingUseCases;
import io.parlor.application.notification.port.in.ManageTemplates;
import io.parlor.application.notification.port.in.SendGroupMessage;
import io.parlor.application.notification.port.in.ShopMessageTriggers;

/** Offers each shop messaging use case as a bean of its primary-port type. */
@Factory
class ShopMessagingUseCaseBeans {

    @Bean final ManageTemplates manageTemplates;
    @Bean final SendGroupMessage sendGroupMessage;
    @Bean final ShopMessageTriggers shopMessageTriggers;

    ShopMessagingUseCaseBeans(ShopMessagingUseCases useCases) {
        manageTemplates = useCases.manageTemplates();
        sendGroupMessage = useCases.sendGroupMessage();
        shopMessageTriggers = useCases.triggers();
    }
}
