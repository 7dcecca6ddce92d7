package io.parlor.application.membership.port.out;

import io.parlor.domain.membership.CustomerMemo;
import io.parlor.domain.membership.GroupId;
import io.parlor.domain.membership.MemberId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A member as one shop knows it: its name and phone (from its account), since when it is a
 * customer, its completed visits, the shop's memo, and the groups it was added to by hand.
 */
public record CustomerRecord(MemberId member, Optional<String> name, Optional<String> phone, Instant since,
        int visits, Optional<Instant> lastVisitAt, CustomerMemo memo, Set<GroupId> addedTo) {

    public CustomerRecord {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(lastVisitAt, "lastVisitAt");
        Objects.requireNonNull(memo, "memo");
        addedTo = Set.copyOf(addedTo);
    }
}
