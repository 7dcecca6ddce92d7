package io.parlor.domain.notification;

import java.util.Set;

/** What a notification is about; the wire names are the constant names. */
public enum NotificationType {
    /** A chat message waited unread longer than the configured delay. */
    CHAT_UNREAD,
    RESERVATION_CONFIRMED,
    RESERVATION_CANCELLED,
    RESERVATION_REMINDER,
    GROUP_MESSAGE,
    /** The member's account was blocked, unblocked, withdrawn or got a new password. */
    ACCOUNT;

    /** The channels a notification of this type goes out on, when the member can be reached there. */
    public Set<Channel> channels() {
        return switch (this) {
            case CHAT_UNREAD, RESERVATION_REMINDER, GROUP_MESSAGE -> Set.of(Channel.IN_APP, Channel.EMAIL, Channel.SMS);
            default -> Set.of(Channel.IN_APP);
        };
    }
}
