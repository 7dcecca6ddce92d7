package io.parlor.domain.membership;

/** What a customer group is for; every shop has one group of each kind but {@code CUSTOM}. */
public enum GroupKind {
    VIP,
    FREQUENT,
    /** Its customers cannot hold reservations at the shop and get no group messages from other groups. */
    BLACKLIST,
    /** Made by the owner, any number of them. */
    CUSTOM
}
