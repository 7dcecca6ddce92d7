package io.parlor.domain.membership;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * What decides whether a member's access token is still honoured: the token must be issued at
 * or after {@code tokensNotBefore} (to the millisecond the token records), and the
 * member must be neither withdrawn nor under a block in force. This snapshot is safe to cache:
 * it changes only through events ({@link MemberBlocked}, {@link MemberUnblocked},
 * {@link MemberWithdrawn}), while a temporary block's end is judged against the time given.
 */
@ValueObject
public record MemberAccess(MemberId member, Set<Role> roles, boolean withdrawn, Optional<Block> block,
        Instant tokensNotBefore) {

    public MemberAccess {
        Objects.requireNonNull(member, "member");
        roles = Set.copyOf(roles);
        Objects.requireNonNull(block, "block");
        Objects.requireNonNull(tokensNotBefore, "tokensNotBefore");
    }

    /**
     * Checks a token issued at {@code issuedAt}, presented at {@code now}.
     *
     * @throws AccountWithdrawn if the member withdrew
     * @throws AccountBlocked if a block is in force at {@code now}
     * @throws InvalidToken if the token was issued before {@code tokensNotBefore}
     */
    public void verify(Instant issuedAt, Instant now) {
        if (withdrawn) {
            throw new AccountWithdrawn();
        }
        if (block.filter(b -> b.inForceAt(now)).isPresent()) {
            throw new AccountBlocked();
        }
        if (issuedAt.isBefore(tokensNotBefore)) {
            throw new InvalidToken();
        }
    }
}
