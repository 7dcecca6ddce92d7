package io.parlor.application.membership.port.out;

import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.Role;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * The claims of one access token: {@code sub} = {@code member}, {@code roles},
 * {@link io.parlor.application.membership.port.token.AccessTokenClaim#PASSWORD_CHANGE_REQUIRED} = {@code passwordChangeRequired}, {@code iat}, {@code exp}.
 */
public record AccessGrant(MemberId member, Set<Role> roles, boolean passwordChangeRequired, Instant issuedAt,
        Instant expiresAt) {

    public AccessGrant {
        Objects.requireNonNull(member, "member");
        roles = Set.copyOf(roles);
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
