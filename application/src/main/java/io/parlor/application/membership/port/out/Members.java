package io.parlor.application.membership.port.out;

import io.parlor.domain.membership.Email;
import io.parlor.domain.membership.EmailTaken;
import io.parlor.domain.membership.LockoutPolicy;
import io.parlor.domain.membership.LoginFailures;
import io.parlor.domain.membership.Member;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.MemberNotFound;
import io.parlor.domain.membership.SecretDigest;
import java.time.Instant;
import java.util.Optional;

/**
 * The stored members. Reads return fresh {@link Member} objects: changing one changes nothing
 * stored until it is saved. Writes take part in the running unit of work, if any.
 */
public interface Members {

    /**
     * Stores a new member.
     *
     * @throws EmailTaken if a stored member has the same email; checked atomically (a unique
     *                    index), so that of two concurrent sign-ups one fails
     */
    void add(Member member);

    /**
     * Replaces every stored field of an existing member with {@link Member#state()}, the login
     * failures included. Use it inside a unit of work, after {@link #lockById} read the member.
     *
     * @throws MemberNotFound if the member was never added
     */
    void save(Member member);

    /** The member with this id, withdrawn ones included. */
    Optional<Member> findById(MemberId id);

    /**
     * As {@link #findById}, and holds the member against other writers (including
     * {@link #recordFailedLogin}) until the surrounding unit of work ends, e.g. with
     * {@code SELECT ... FOR UPDATE}.
     */
    Optional<Member> lockById(MemberId id);

    /** The member whose current email is {@code email}; a withdrawn member's email is a tombstone. */
    Optional<Member> findByEmail(Email email);

    /** Whether some withdrawn member had the email whose {@link Email#digest()} is {@code formerEmail}. */
    boolean existsWithdrawn(SecretDigest formerEmail);

    /**
     * Counts one failed login, atomically with respect to every other write of the member (one
     * SQL {@code UPDATE}, or a row lock): the stored failures become
     * {@code stored.afterFailure(now, policy)} (see {@link LoginFailures#afterFailure}). No
     * concurrent failure is lost.
     *
     * @return the failures as stored after this one
     * @throws MemberNotFound if the member was never added
     */
    LoginFailures recordFailedLogin(MemberId id, Instant now, LockoutPolicy policy);

    /**
     * Forgets every failed login and lifts any lock, atomically (one SQL {@code UPDATE}); after a
     * successful login or an unlock. Does nothing for an unknown member.
     */
    void clearFailedLogins(MemberId id);
}
