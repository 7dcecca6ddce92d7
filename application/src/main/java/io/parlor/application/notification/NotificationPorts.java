package io.parlor.application.notification;

import io.parlor.application.notification.port.out.ChatRooms;
import io.parlor.application.notification.port.out.Contacts;
import io.parlor.application.notification.port.out.Deliveries;
import io.parlor.application.notification.port.out.NotificationChannel;
import io.parlor.application.notification.port.out.Notifications;
import io.parlor.application.shared.OnPlatform;
import io.parlor.application.shared.Platform;
import io.parlor.application.shared.port.out.Deadlines;
import java.util.List;
import java.util.Objects;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Everything the notification use cases need from outside, on the shared platform.
 *
 * @param channels the e-mail, SMS, ... channels; in-app is built in. A delivery on a channel
 *                 that is missing here is recorded as given up.
 */
@SecondaryPort
public record NotificationPorts(Platform platform, Notifications notifications, Deliveries deliveries,
        List<NotificationChannel> channels, Contacts contacts, ChatRooms chatRooms, Deadlines deadlines)
        implements OnPlatform {

    public NotificationPorts {
        Objects.requireNonNull(platform, "platform");
        channels = List.copyOf(channels);
    }
}
