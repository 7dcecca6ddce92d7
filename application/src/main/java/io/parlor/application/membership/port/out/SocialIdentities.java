package io.parlor.application.membership.port.out;

import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.SocialIdentity;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Which member each provider identity logs in. An identity is linked to at most one member; a
 * member may have several identities (one per provider, or more). Writes take part in the running
 * unit of work, if any.
 */
public interface SocialIdentities {

    /**
     * Links {@code identity} to {@code member} since {@code at}, unless it is linked already (to
     * this member or another); insert-if-absent, so that of concurrent links exactly one wins and
     * none fails.
     *
     * @return whether this call linked it
     */
    boolean link(SocialIdentity identity, MemberId member, Instant at);

    /** The member {@code identity} is linked to. */
    Optional<MemberId> memberOf(SocialIdentity identity);

    /** The identities linked to {@code member}, oldest link first. */
    List<SocialIdentity> linkedTo(MemberId member);
}
