package io.parlor.bootstrap;

import io.micronaut.context.annotation.Factory;
import io.parlor.application.notification.NotificationUseCases;
import io.parlor.application.notification.port.in.ChangeNotifications;
import io.parlor.application.notification.port.in.DeliverNotifications;
import io.parlor.application.notification.port.in.FollowNotifications;
import io.parlor.application.notification.port.in.ListNotifications;
import io.parlor.application.notification.port.in.RaiseNotification;
import io.parlor.application.notification.port.in.TrackUnreadChat;
import jakarta.inject.Singleton;

/** Offers each notification use case as a bean of its primary-port type. */
@Factory
class NotificationUseCaseBeans {

    @Singleton
    RaiseNotification raiseNotification(NotificationUseCases useCases) {
        return useCases.raise();
    }

    @Singleton
    ListNotifications listNotifications(NotificationUseCases useCases) {
        return useCases.list();
    }

    @Singleton
    ChangeNotifications changeNotifications(NotificationUseCases useCases) {
        return useCases.change();
    }

    @Singleton
    FollowNotifications followNotifications(NotificationUseCases useCases) {
        return useCases.follow();
    }

    @Singleton
    TrackUnreadChat trackUnreadChat(NotificationUseCases useCases) {
        return useCases.trackUnreadChat();
    }

    @Singleton
    DeliverNotifications deliverNotifications(NotificationUseCases useCases) {
        return useCases.deliver();
    }
}
