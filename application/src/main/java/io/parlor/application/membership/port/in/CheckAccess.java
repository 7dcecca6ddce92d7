package io.parlor.application.membership.port.in;

import io.parlor.domain.membership.MemberAccess;
import io.parlor.domain.membership.MemberId;
import java.time.Instant;
import java.util.Objects;

/**
 * Decides, per request, whether a (validly signed, unexpired) access token is still honoured.
 * Callers may cache {@link Result#access()} per member and call
 * {@link MemberAccess#verify(Instant, Instant)} on later requests, as long as they drop the
 * entry when {@code MemberBlocked}, {@code MemberUnblocked} or {@code MemberWithdrawn} of that
 * member arrives on the {@code membership} topic.
 */
public interface CheckAccess {

    /**
     * @throws io.parlor.domain.membership.InvalidToken for an unknown member or a token issued
     *         before the member's {@code tokensNotBefore}
     * @throws io.parlor.domain.membership.AccountBlocked while a block is in force
     * @throws io.parlor.domain.membership.AccountWithdrawn for a withdrawn member
     */
    Result check(Query query);

    /** @param tokenIssuedAt the token's {@code iat} */
    record Query(MemberId member, Instant tokenIssuedAt) {
        public Query {
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(tokenIssuedAt, "tokenIssuedAt");
        }
    }

    /** @param access what the decision was made from, fit for caching as described above */
    record Result(MemberAccess access) {
    }
}
