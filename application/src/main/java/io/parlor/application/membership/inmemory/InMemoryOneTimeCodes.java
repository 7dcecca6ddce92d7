package io.parlor.application.membership.inmemory;

import io.parlor.application.membership.port.out.OneTimeCodes;
import io.parlor.domain.membership.CodePurpose;
import io.parlor.domain.membership.Email;
import io.parlor.domain.membership.SecretDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One-time codes and cool-downs in maps guarded by this object's monitor. Like the Redis
 * store it stands in for, it takes no part in units of work. Stale entries are swept once the
 * maps grow past {@value #SWEEP_ABOVE} keys.
 */
public final class InMemoryOneTimeCodes implements OneTimeCodes {

    private record Key(CodePurpose purpose, Email email) {
    }

    private record Entry(SecretDigest digest, Instant expiresAt, int attemptsLeft) {
    }

    private static final int SWEEP_ABOVE = 1024;

    private final Map<Key, Entry> codes = new HashMap<>();
    private final Map<Key, Instant> coolDownEnds = new HashMap<>();

    @Override
    public synchronized Optional<Duration> startCoolDown(CodePurpose purpose, Email email, Instant now,
            Duration coolDown) {
        sweep(now);
        var key = new Key(purpose, email);
        Instant end = coolDownEnds.get(key);
        if (end != null && now.isBefore(end)) {
            return Optional.of(Duration.between(now, end));
        }
        coolDownEnds.put(key, now.plus(coolDown));
        return Optional.empty();
    }

    @Override
    public synchronized void put(CodePurpose purpose, Email email, SecretDigest digest, Instant expiresAt,
            int attempts) {
        codes.put(new Key(purpose, email), new Entry(digest, expiresAt, attempts));
    }

    @Override
    public synchronized boolean redeem(CodePurpose purpose, Email email, SecretDigest candidate, Instant now) {
        var key = new Key(purpose, email);
        Entry entry = codes.get(key);
        if (entry == null || !now.isBefore(entry.expiresAt()) || entry.attemptsLeft() < 1) {
            codes.remove(key);
            return false;
        }
        if (entry.digest().matches(candidate)) {
            codes.remove(key);
            return true;
        }
        if (entry.attemptsLeft() == 1) {
            codes.remove(key);
        } else {
            codes.put(key, new Entry(entry.digest(), entry.expiresAt(), entry.attemptsLeft() - 1));
        }
        return false;
    }

    private void sweep(Instant now) {
        if (coolDownEnds.size() > SWEEP_ABOVE) {
            coolDownEnds.values().removeIf(end -> !now.isBefore(end));
        }
        if (codes.size() > SWEEP_ABOVE) {
            codes.values().removeIf(entry -> !now.isBefore(entry.expiresAt()));
        }
    }
}
