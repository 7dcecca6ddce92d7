package io.parlor.bootstrap;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.parlor.application.notification.NotificationUseCases;
import io.parlor.application.notification.port.in.ChangeNotifications;
import io.parlor.application.notification.port.in.DeliverNotifications;
import io.parlor.application.notification.port.in.FollowNotifications;
import io.parlor.application.notification.port.in.ListNotifications;
import io.parlor.application.notification.port.in.RaiseNotification;
import io.parlor.application.notification.port.in.TrackUnreadChat;

/** Offers each notification use case as a bean of its primary-port type. */
@Factory
class NotificationUseCaseBeans {

    @Bean final RaiseNotification raise;
    @Bean final ListNotifications list;
    @Bean final ChangeNotifications change;
    @Bean final FollowNotifications follow;
    @Bean final TrackUnreadChat trackUnreadChat;
    @Bean final DeliverNotifications deliver;

    NotificationUseCaseBeans(NotificationUseCases useCases) {
        raise = useCases.raise();
        list = useCases.list();
        change = useCases.change();
        follow = useCases.follow();
        trackUnreadChat = useCases.trackUnreadChat();
        deliver = useCases.deliver();
    }
}
