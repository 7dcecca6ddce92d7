package io.parlor.domain.notification;

/** A way a notification reaches its member. */
public enum Channel {
    /** The member's inbox and its open event streams. */
    IN_APP,
    EMAIL,
    SMS
}
