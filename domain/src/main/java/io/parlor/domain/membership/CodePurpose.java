package io.parlor.domain.membership;

/** What a mailed one-time secret is for; each purpose has its own code and cool-down per address. */
public enum CodePurpose {
    /** Proves the address at sign-up. */
    VERIFY,
    /** Lifts a lockout at once. */
    UNLOCK,
    /** Mails a temporary password; only its cool-down is kept as a code entry. */
    PASSWORD_RESET
}
