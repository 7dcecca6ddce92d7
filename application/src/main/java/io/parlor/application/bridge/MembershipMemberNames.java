package io.parlor.application.bridge;

import io.parlor.application.chat.port.out.MemberNames;
import io.parlor.application.membership.port.out.Members;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.MemberName;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Chat's view of member names, answered by membership: the bridge that keeps the two
 * contexts apart. Withdrawn members are left out, as the port asks.
 */
public final class MembershipMemberNames implements MemberNames {

    private final Members members;

    public MembershipMemberNames(Members members) {
        this.members = members;
    }

    @Override
    public Map<MemberId, String> namesOf(Set<MemberId> wanted) {
        Map<MemberId, String> names = new HashMap<>();
        for (MemberId id : wanted) {
            members.findById(id)
                    .filter(member -> member.state().withdrawnAt().isEmpty())
                    .ifPresent(member -> names.put(id, member.name().map(MemberName::value).orElse("")));
        }
        return names;
    }
}
