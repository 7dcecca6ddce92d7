package io.parlor.application.membership.port.in;

import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.MemberStatus;
import io.parlor.domain.membership.Role;
import java.util.Optional;
import java.util.Set;

/**
 * A member as its owner sees it; {@code roles} includes the shop roles it holds anywhere.
 * Name and phone are empty once withdrawn (phone also when never given).
 */
public record MemberView(MemberId id, String email, Optional<String> name, Optional<String> phone, Set<Role> roles,
        MemberStatus status) {

    public MemberView {
        roles = Set.copyOf(roles);
    }
}
