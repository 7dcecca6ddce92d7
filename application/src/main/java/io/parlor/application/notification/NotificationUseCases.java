package io.parlor.application.notification;

import io.parlor.application.notification.port.in.ChangeNotifications;
import io.parlor.application.notification.port.in.DeliverNotifications;
import io.parlor.application.notification.port.in.FollowNotifications;
import io.parlor.application.notification.port.in.ListNotifications;
import io.parlor.application.notification.port.in.RaiseNotification;
import io.parlor.application.notification.port.in.TrackUnreadChat;
import io.parlor.application.shared.port.in.DeadlineHandler;
import io.parlor.application.shared.port.out.Subscription;
import io.parlor.application.shared.port.out.Topic;
import java.util.ArrayList;
import java.util.List;

/**
 * The notification use cases, wired. Building them subscribes this instance to the bus (live
 * streams, account alerts); {@link #close()} ends that.
 */
public final class NotificationUseCases implements AutoCloseable {

    /** Stored notifications, for the streams of every instance. */
    public static final Topic TOPIC = new Topic("notification");
    /** Chat's context topic, where room-list updates come ({@code ChatUseCases.TOPIC}). */
    static final Topic CHAT_TOPIC = new Topic("chat");
    /** Membership's context topic ({@code MembershipUseCases.TOPIC}). */
    static final Topic MEMBERSHIP_TOPIC = new Topic("membership");

    private final RaiseNotification raise;
    private final ListNotifications list;
    private final ChangeNotifications change;
    private final FollowNotifications follow;
    private final TrackUnreadChat trackUnreadChat;
    private final DeliverNotifications deliver;
    private final List<DeadlineHandler> deadlineHandlers;
    private final StreamHub hub;
    private final Subscription accountAlerts;

    private NotificationUseCases(NotificationPorts ports, NotificationSettings settings) {
        this.raise = new RaiseNotificationService(ports.notifications(), ports.deliveries(), ports.transactions(),
                ports.time(), ports.ids());
        this.list = new ListNotificationsService(ports.notifications());
        this.change = new ChangeNotificationsService(ports.notifications(), ports.transactions(), ports.time());
        this.hub = new StreamHub(ports.events(), ports.chatRooms());
        this.follow = new FollowNotificationsService(ports.notifications(), hub);
        this.trackUnreadChat = new TrackUnreadChatService(ports.deadlines(), ports.transactions(), settings);
        var channels = new ArrayList<>(ports.channels());
        channels.add(new InAppChannel(ports.events()));
        this.deliver = new DeliverNotificationsService(ports.deliveries(), ports.notifications(), ports.contacts(),
                channels, ports.time(), settings);
        this.deadlineHandlers = List.of(new UnreadChatAlertService(ports.chatRooms(), raise));
        var alerts = new AccountAlerts(raise);
        this.accountAlerts = ports.events().subscribe(MEMBERSHIP_TOPIC, alerts::on);
    }

    public static NotificationUseCases wire(NotificationPorts ports, NotificationSettings settings) {
        return new NotificationUseCases(ports, settings);
    }

    public RaiseNotification raise() {
        return raise;
    }

    public ListNotifications list() {
        return list;
    }

    public ChangeNotifications change() {
        return change;
    }

    public FollowNotifications follow() {
        return follow;
    }

    public TrackUnreadChat trackUnreadChat() {
        return trackUnreadChat;
    }

    public DeliverNotifications deliver() {
        return deliver;
    }

    /** The handlers of this context's deadlines, for {@code Scheduling.runner}. */
    public List<DeadlineHandler> deadlineHandlers() {
        return deadlineHandlers;
    }

    /** How many event streams are open on this instance. */
    public int openStreams() {
        return hub.open();
    }

    /** Runs {@code work} on the streams' thread after what is queued there: lets a test wait for the streams. */
    void onStreamThread(Runnable work) {
        hub.run(work);
    }

    @Override
    public void close() {
        accountAlerts.close();
        hub.close();
    }
}
