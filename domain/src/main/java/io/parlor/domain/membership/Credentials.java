package io.parlor.domain.membership;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jmolecules.ddd.annotation.ValueObject;

/** A member's own password hash and, after a reset request, a temporary one. */
@ValueObject
record Credentials(Optional<PasswordHash> password, Optional<TemporaryPassword> temporary) {

    static final Credentials NONE = new Credentials(Optional.empty(), Optional.empty());

    Credentials {
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(temporary, "temporary");
    }

    /** Matches the own password first, then a temporary password that still opens a login. */
    PasswordMatch forLogin(Password presented, PasswordMatcher matcher, Instant now) {
        if (password.filter(hash -> matcher.matches(presented, hash)).isPresent()) {
            return PasswordMatch.PASSWORD;
        }
        if (temporary.filter(t -> t.opensLoginAt(now) && matcher.matches(presented, t.hash())).isPresent()) {
            return PasswordMatch.TEMPORARY_PASSWORD;
        }
        return PasswordMatch.NONE;
    }

    /** Whether {@code presented} proves the member: the own password or an unexpired temporary one. */
    boolean prove(Password presented, PasswordMatcher matcher, Instant now) {
        return password.filter(hash -> matcher.matches(presented, hash)).isPresent()
                || temporary.filter(t -> t.validAt(now) && matcher.matches(presented, t.hash())).isPresent();
    }

    Credentials withTemporary(TemporaryPassword next) {
        return new Credentials(password, Optional.of(next));
    }
}
