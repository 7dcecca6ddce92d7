package io.parlor.adapters.credentials;

import de.mkammerer.argon2.Argon2;
import de.mkammerer.argon2.Argon2Factory;
import de.mkammerer.argon2.Argon2Factory.Argon2Types;
import io.micronaut.context.annotation.Value;
import io.parlor.application.membership.port.out.PasswordHasher;
import io.parlor.domain.membership.Password;
import io.parlor.domain.membership.PasswordHash;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Argon2id in PHC string form ({@code $argon2id$v=19$m=...}), computed by the reference C
 * library (argon2-jvm): its memory lives outside the Java heap, so hashing makes no garbage for
 * the collector. New hashes use the OWASP minimum (19 MiB, 2 passes, 1 lane); a stored hash
 * keeps its own parameters, so they can be raised later. At most {@code concurrency} hashes run
 * at once: each takes a core and its memory for tens of milliseconds, so a burst of logins waits
 * here, on the callers' blocking threads, instead of taking every core from chat and bookings.
 */
@Singleton
public final class Argon2PasswordHasher implements PasswordHasher {

    private static final int MEMORY_KIB = 19_456;
    private static final int PASSES = 2;
    private static final int LANES = 1;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    /** The form of the hashes this class wrote, with limits, so that a corrupt row cannot ask for gigabytes. */
    private static final Pattern STORED = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,3}),p=(\\d{1,2})\\$[A-Za-z0-9+/]{11,88}\\$[A-Za-z0-9+/]{22,172}");
    private static final int MAX_MEMORY_KIB = 1 << 20;

    private final Argon2 argon2 = Argon2Factory.create(Argon2Types.ARGON2id, SALT_BYTES, HASH_BYTES);
    private final int concurrency;
    private final Semaphore slots;

    /** At most half the cores hash at once (at least one), leaving the rest to everything else. */
    public Argon2PasswordHasher() {
        this(halfTheCores());
    }

    /**
     * As configured: {@code parlor.credentials.hashing-concurrency}, 0 (the default) for half the
     * cores. Boxed only to stand apart from the constructor that takes the number as it is.
     */
    @Inject
    Argon2PasswordHasher(@Value("${parlor.credentials.hashing-concurrency:0}") Integer configured) {
        this(configured > 0 ? configured : halfTheCores());
    }

    public Argon2PasswordHasher(int concurrency) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("at least one hash must be able to run: " + concurrency);
        }
        this.concurrency = concurrency;
        this.slots = new Semaphore(concurrency, true);
    }

    /** How many hashes may run at once. */
    int concurrency() {
        return concurrency;
    }

    @Override
    public PasswordHash hash(Password password) {
        return new PasswordHash(bounded(() -> argon2.hash(PASSES, MEMORY_KIB, LANES, bytesOf(password))));
    }

    @Override
    public boolean matches(Password presented, PasswordHash hash) {
        String encoded = hash.encoded();
        if (!withinLimits(encoded)) {
            return false;
        }
        try {
            return bounded(() -> argon2.verify(encoded, bytesOf(presented)));
        } catch (IllegalStateException refusedByTheLibrary) {
            return false;
        }
    }

    private static boolean withinLimits(String encoded) {
        var stored = STORED.matcher(encoded);
        return stored.matches() && Integer.parseInt(stored.group(1)) <= MAX_MEMORY_KIB
                && Integer.parseInt(stored.group(2)) >= 1 && Integer.parseInt(stored.group(3)) >= 1;
    }

    private <T> T bounded(Supplier<T> work) {
        slots.acquireUninterruptibly();
        try {
            return work.get();
        } finally {
            slots.release();
        }
    }

    private static int halfTheCores() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }

    private static byte[] bytesOf(Password password) {
        return password.value().getBytes(StandardCharsets.UTF_8);
    }
}
