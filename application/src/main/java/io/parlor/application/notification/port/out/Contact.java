package io.parlor.application.notification.port.out;

import io.parlor.domain.membership.MemberId;
import java.util.Optional;

/** Where a member can be reached outside the app; either may be absent. */
public record Contact(MemberId member, String name, Optional<String> email, Optional<String> phone) {
}
