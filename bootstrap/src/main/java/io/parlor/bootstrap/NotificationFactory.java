package io.parlor.bootstrap;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.parlor.adapters.messaging.mail.MailNotificationChannel;
import io.parlor.adapters.messaging.sms.HttpSmsGateway;
import io.parlor.adapters.messaging.sms.OutboxSmsGateway;
import io.parlor.adapters.messaging.sms.SmsNotificationChannel;
import io.parlor.adapters.messaging.sms.SmsSettings;
import io.parlor.application.bridge.ChatRoomSummaries;
import io.parlor.application.bridge.MembershipContacts;
import io.parlor.application.chat.ChatHousekeeping;
import io.parlor.application.chat.port.in.ShowRoom;
import io.parlor.application.chat.port.out.ReadMarks;
import io.parlor.application.chat.port.out.RoomActivity;
import io.parlor.application.membership.MembershipHousekeeping;
import io.parlor.application.membership.port.out.Mailer;
import io.parlor.application.membership.port.out.Members;
import io.parlor.application.notification.NotificationPorts;
import io.parlor.application.notification.NotificationUseCases;
import io.parlor.application.notification.ShopMessagingUseCases;
import io.parlor.application.notification.port.in.TrackUnreadChat;
import io.parlor.application.notification.port.out.Deliveries;
import io.parlor.application.notification.port.out.Notifications;
import io.parlor.application.notification.port.out.SmsGateway;
import io.parlor.application.shared.Platform;
import io.parlor.application.shared.Scheduling;
import io.parlor.application.shared.port.in.RunDeadlines;
import io.parlor.application.shared.port.out.Deadlines;
import io.parlor.application.shared.port.out.TimeSource;
import io.parlor.application.shared.port.out.TransactionRunner;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Builds the notification use cases, their channels, and the bridges to membership and chat. */
@Factory
class NotificationFactory {

    @Singleton
    SmsGateway smsGateway(NotificationConfiguration configuration, @Property(name = "parlor.data-dir") String dataDir) {
        if (configuration.smsGatewayUrl() == null || configuration.smsGatewayUrl().isBlank()) {
            return new OutboxSmsGateway(Path.of(dataDir, "outbox"));
        }
        return new HttpSmsGateway(new SmsSettings(configuration.smsGatewayUrl(), configuration.smsGatewayKey(),
                Duration.ofSeconds(5)));
    }

    /** Chat tells notification of each stored message and read, once, on the instance that stored it. */
    @Singleton
    @Bean(typed = RoomActivity.class, preDestroy = "close")
    UnreadChatActivity roomActivity(BeanProvider<TrackUnreadChat> track) {
        return new UnreadChatActivity(track);
    }

    @Singleton
    NotificationPorts notificationPorts(Platform platform, Notifications notifications, Deliveries deliveries,
                                        Mailer mailer, SmsGateway sms, Members members,
                                        BeanProvider<ShowRoom> showRoom, ReadMarks readMarks, Deadlines deadlines) {
        return new NotificationPorts(platform, notifications, deliveries,
                List.of(new MailNotificationChannel(mailer), new SmsNotificationChannel(sms)),
                new MembershipContacts(members), new ChatRoomSummaries(showRoom::get, readMarks), deadlines);
    }

    @Singleton
    @Bean(preDestroy = "close")
    NotificationUseCases notificationUseCases(NotificationPorts ports, NotificationConfiguration configuration) {
        return NotificationUseCases.wire(ports, configuration.toSettings());
    }

    /** The one runner of every context's deadlines. */
    @Singleton
    RunDeadlines runDeadlines(Deadlines deadlines, TransactionRunner transactions, TimeSource time,
                              NotificationUseCases notification, ShopMessagingUseCases shopMessaging,
                              MembershipHousekeeping housekeeping, ChatHousekeeping chatHousekeeping) {
        var handlers = new ArrayList<>(notification.deadlineHandlers());
        handlers.addAll(shopMessaging.deadlineHandlers());
        handlers.addAll(housekeeping.deadlineHandlers());
        handlers.addAll(chatHousekeeping.deadlineHandlers());
        return Scheduling.runner(deadlines, transactions, time, handlers, Scheduling.Retries.defaults());
    }
}
