package io.parlor.domain.membership;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Every field of a {@link Member}, for storage adapters: {@link Member#state()} to write,
 * {@link Member#reconstitute(MemberState)} to read back.
 *
 * @param roles           the roles the member holds itself ({@code CUSTOMER}, {@code ADMIN});
 *                        shop roles come from the shops' staff
 * @param formerEmail     set once withdrawn: the digest of the address the member had
 * @param tokensNotBefore access tokens issued before this instant are refused
 */
public record MemberState(MemberId id, Email email, Optional<SecretDigest> formerEmail,
        Optional<MemberName> name, Optional<Phone> phone, Optional<PasswordHash> password,
        Optional<TemporaryPassword> temporaryPassword, Set<Role> roles, boolean emailVerified,
        LoginFailures failures, Optional<Block> block, Optional<Instant> withdrawnAt,
        Instant joinedAt, Instant tokensNotBefore) {

    public MemberState {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(formerEmail, "formerEmail");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(temporaryPassword, "temporaryPassword");
        roles = Set.copyOf(roles);
        Objects.requireNonNull(failures, "failures");
        Objects.requireNonNull(block, "block");
        Objects.requireNonNull(withdrawnAt, "withdrawnAt");
        Objects.requireNonNull(joinedAt, "joinedAt");
        Objects.requireNonNull(tokensNotBefore, "tokensNotBefore");
    }

    /** This state with other login failures, as a store records them. */
    public MemberState withFailures(LoginFailures next) {
        return new MemberState(id, email, formerEmail, name, phone, password, temporaryPassword, roles,
                emailVerified, next, block, withdrawnAt, joinedAt, tokensNotBefore);
    }
}
