package io.parlor.application.membership.port.in;

import io.parlor.domain.membership.GroupId;
import io.parlor.domain.membership.GroupKind;
import java.util.Optional;

/** A shop's customer group; {@code memberCount} counts both ways in, as of the read. */
public record GroupView(GroupId id, String name, GroupKind kind, Optional<Integer> minVisits, long memberCount) {
}
