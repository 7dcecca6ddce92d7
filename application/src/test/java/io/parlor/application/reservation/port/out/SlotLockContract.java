package io.parlor.application.reservation.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SlotLock} does. Expiry is tested with short time-to-live values and
 * {@link #letTimePass}, which sleeps by default; a lock on a test clock advances that instead.
 */
public abstract class SlotLockContract {

    private static final Duration TTL = Duration.ofMillis(400);

    protected abstract SlotLock newSubject();

    /** Lets {@code duration} pass for the subject's expiry clock. */
    protected void letTimePass(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis());
    }

    private static String freshKey() {
        return "test.slot:" + UUID.randomUUID();
    }

    @Test
    void aTakenKeyIsRefusedUntilReleased() {
        var lock = newSubject();
        var key = freshKey();

        var first = lock.tryLock(key, Duration.ofSeconds(30));
        var second = lock.tryLock(key, Duration.ofSeconds(30));
        lock.release(first.orElseThrow());
        var third = lock.tryLock(key, Duration.ofSeconds(30));

        assertThat(first).isPresent();
        assertThat(second).isEmpty();
        assertThat(third).isPresent();
        assertThat(lock.tryLock(freshKey(), Duration.ofSeconds(30))).isPresent();
    }

    @Test
    void aLockExpiresByItself() throws InterruptedException {
        var lock = newSubject();
        var key = freshKey();
        lock.tryLock(key, TTL);

        letTimePass(TTL.plusMillis(200));

        assertThat(lock.tryLock(key, TTL)).isPresent();
    }

    @Test
    void anExpiredHolderCannotReleaseTheNextHoldersLock() throws InterruptedException {
        var lock = newSubject();
        var key = freshKey();
        var stale = lock.tryLock(key, TTL).orElseThrow();
        letTimePass(TTL.plusMillis(200));
        var current = lock.tryLock(key, Duration.ofSeconds(30)).orElseThrow();

        lock.release(stale);
        lock.release(stale);

        assertThat(lock.tryLock(key, Duration.ofSeconds(30))).isEmpty();
        assertThat(current.value()).isNotEqualTo(stale.value());
    }

    @Test
    void ofManyConcurrentCallersOneGetsTheKey() throws Exception {
        var lock = newSubject();
        var key = freshKey();
        var gate = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(20);
        var results = new ArrayList<Future<Optional<LockToken>>>();

        for (int i = 0; i < 20; i++) {
            results.add(pool.submit(() -> {
                gate.await();
                return lock.tryLock(key, Duration.ofSeconds(30));
            }));
        }
        gate.countDown();
        int winners = 0;
        for (var result : results) {
            winners += result.get(30, TimeUnit.SECONDS).isPresent() ? 1 : 0;
        }
        pool.shutdown();

        assertThat(winners).isEqualTo(1);
    }
}
