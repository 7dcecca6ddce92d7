package io.parlor.domain.membership;

/** Tells whether a presented password is the one a hash was made from. */
@FunctionalInterface
public interface PasswordMatcher {

    /** Whether {@code presented} hashes to {@code hash}; takes the same time whatever the answer. */
    boolean matches(Password presented, PasswordHash hash);
}
