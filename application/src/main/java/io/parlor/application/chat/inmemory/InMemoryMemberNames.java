package io.parlor.application.chat.inmemory;

import io.parlor.application.chat.port.out.MemberNames;
import io.parlor.domain.membership.MemberId;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Member names in a map that the embedding code (or a test) fills with {@link #put}. */
public final class InMemoryMemberNames implements MemberNames {

    private final Map<MemberId, String> names = new ConcurrentHashMap<>();

    /** Makes {@code member} known under {@code name}, replacing an earlier name. */
    public void put(MemberId member, String name) {
        names.put(member, name);
    }

    /** Makes {@code member} unknown, as when it withdraws. */
    public void remove(MemberId member) {
        names.remove(member);
    }

    @Override
    public Map<MemberId, String> namesOf(Set<MemberId> members) {
        var found = new HashMap<MemberId, String>();
        for (MemberId member : members) {
            String name = names.get(member);
            if (name != null) {
                found.put(member, name);
            }
        }
        return found;
    }
}
