package io.parlor.domain.membership;

/** Which secret of a member a presented password matched. */
public enum PasswordMatch {
    /** The member's own password. */
    PASSWORD,
    /** An unused, unexpired temporary password: the member must choose a new password. */
    TEMPORARY_PASSWORD,
    /** Neither: a failed login. */
    NONE
}
