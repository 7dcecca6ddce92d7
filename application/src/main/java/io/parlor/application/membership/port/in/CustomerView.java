package io.parlor.application.membership.port.in;

import io.parlor.domain.membership.GroupId;
import io.parlor.domain.membership.MemberId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A customer as its shop's staff sees it; {@code groups} holds those it was added to and those its visits qualify for. */
public record CustomerView(MemberId member, Optional<String> name, Optional<String> phone, int visits,
        Optional<Instant> lastVisitAt, List<GroupId> groups, String memo) {
}
