package io.parlor.domain.chat;

/** What kind of room: a conversation of exactly two members, or a group. */
public enum RoomType {
    /** Two members, one room per pair; the roster never changes. */
    DIRECT,
    /** Any number of members up to a limit; members are invited, leave and rejoin. */
    GROUP
}
