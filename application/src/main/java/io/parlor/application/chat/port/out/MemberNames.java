package io.parlor.application.chat.port.out;

import io.parlor.domain.membership.MemberId;
import java.util.Map;
import java.util.Set;

/**
 * What chat needs to know about members from the outside: whether they exist, and how they are
 * called. {@code application.bridge.MembershipMemberNames} answers it from membership.
 */
public interface MemberNames {

    /**
     * The display names of those of {@code members} who exist and have not withdrawn; a member
     * missing from the answer is unknown or gone, and may not be added to a room. One lookup for
     * the whole set (e.g. {@code WHERE id IN (...)}).
     */
    Map<MemberId, String> namesOf(Set<MemberId> members);
}
