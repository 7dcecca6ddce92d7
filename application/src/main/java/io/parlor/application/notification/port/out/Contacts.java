package io.parlor.application.notification.port.out;

import io.parlor.domain.membership.MemberId;
import java.util.Optional;

/** Membership's view of how to reach a member. */
public interface Contacts {

    /** The member's name, address and phone; empty for a member that does not exist or withdrew. */
    Optional<Contact> of(MemberId member);
}
