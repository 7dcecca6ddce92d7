package io.parlor.application.membership.port.out;

import io.parlor.domain.membership.Password;
import io.parlor.domain.membership.PasswordHash;
import io.parlor.domain.membership.PasswordMatcher;

/**
 * Slow, salted, adaptive password hashing (argon2id or bcrypt in production). Matching takes
 * the same time whether the password is right or wrong.
 */
public interface PasswordHasher extends PasswordMatcher {

    /** A new salted hash of {@code password}; two calls give different hashes. */
    PasswordHash hash(Password password);

    /** Whether {@code presented} is the password {@code hash} was made from; false for a hash of another format. */
    @Override
    boolean matches(Password presented, PasswordHash hash);
}
