package io.parlor.application.membership.port.out;

import io.parlor.domain.membership.CodePurpose;
import io.parlor.domain.membership.Email;
import io.parlor.domain.membership.SecretDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Short-lived state of mailed one-time secrets, per purpose and email address: the digest of
 * the newest code with its expiry and remaining attempts, and the resend cool-down. Every
 * decision about expiry compares with the {@code now} given, never with the store's own clock;
 * an adapter may still let its store drop an entry once it is stale (a Redis TTL), as long as
 * the entry lives until its expiry as measured from the {@code now} given.
 */
public interface OneTimeCodes {

    /**
     * Starts the cool-down of {@code purpose} and {@code email} unless one is running at
     * {@code now}; atomic (e.g. {@code SET NX PX}), so that of concurrent calls one starts it.
     * Works for addresses nobody registered.
     *
     * @return empty if the cool-down started now; else what remains of the running one
     */
    Optional<Duration> startCoolDown(CodePurpose purpose, Email email, Instant now, Duration coolDown);

    /**
     * Stores {@code digest} as the only code for {@code purpose} and {@code email}, valid until
     * {@code expiresAt} for {@code attempts} tries; an earlier code stops being valid.
     */
    void put(CodePurpose purpose, Email email, SecretDigest digest, Instant expiresAt, int attempts);

    /**
     * Spends one try, atomically: if the stored code is unexpired at {@code now} and has tries
     * left, a matching {@code candidate} redeems it (it is gone afterwards) and a wrong one uses a
     * try (the code is gone when none is left). Concurrent calls never redeem a code twice nor
     * exceed its tries.
     *
     * @return whether {@code candidate} redeemed the code
     */
    boolean redeem(CodePurpose purpose, Email email, SecretDigest candidate, Instant now);
}
