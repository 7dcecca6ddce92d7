package io.parlor.domain.membership;

/** Where a member stands at a given instant; see {@link Member#statusAt(java.time.Instant)}. */
public enum MemberStatus {
    PENDING_VERIFICATION,
    ACTIVE,
    LOCKED,
    BLOCKED,
    WITHDRAWN
}
