package io.parlor.application.membership.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.parlor.application.membership.port.out.LoginTickets.Kind;
import io.parlor.domain.membership.SecretDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/**
 * What every {@link LoginTickets} store does. Time moves only through the {@code now} the suite
 * passes, starting at {@link #start()}; each test uses fresh keys.
 */
public abstract class LoginTicketsContract {

    private static final Duration TTL = Duration.ofMinutes(10);

    protected abstract LoginTickets newSubject();

    /**
     * The instant the tests start from: the real time by default, so that stores whose entries
     * also expire on their own clock keep them for the whole test.
     */
    protected Instant start() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    protected static SecretDigest freshKey() {
        return SecretDigest.of("key-" + UUID.randomUUID());
    }

    @Test
    void aTicketIsTakenOnce() {
        var tickets = newSubject();
        var key = freshKey();
        var now = start();
        tickets.put(Kind.LOGIN_KEY, key, "member-1", now.plus(TTL));

        var first = tickets.take(Kind.LOGIN_KEY, key, now.plusSeconds(1));
        var again = tickets.take(Kind.LOGIN_KEY, key, now.plusSeconds(2));

        assertThat(first).contains("member-1");
        assertThat(again).isEmpty();
    }

    @Test
    void anUnknownKeyIsAbsent() {
        var tickets = newSubject();

        var taken = tickets.take(Kind.OAUTH_STATE, freshKey(), start());

        assertThat(taken).isEmpty();
    }

    @Test
    void aTicketIsAbsentFromItsExpiryOnAndStaysGone() {
        var tickets = newSubject();
        var key = freshKey();
        var now = start();
        tickets.put(Kind.OAUTH_STATE, key, "kakao", now.plus(TTL));

        var atExpiry = tickets.take(Kind.OAUTH_STATE, key, now.plus(TTL));
        var backInTime = tickets.take(Kind.OAUTH_STATE, key, now);

        assertThat(atExpiry).isEmpty();
        assertThat(backInTime).isEmpty();
    }

    @Test
    void aTicketIsLiveUntilJustBeforeItsExpiry() {
        var tickets = newSubject();
        var key = freshKey();
        var now = start();
        tickets.put(Kind.OAUTH_STATE, key, "kakao", now.plus(TTL));

        var taken = tickets.take(Kind.OAUTH_STATE, key, now.plus(TTL).minusMillis(1));

        assertThat(taken).contains("kakao");
    }

    @Test
    void eachKindIsANamespaceOfItsOwn() {
        var tickets = newSubject();
        var key = freshKey();
        var now = start();
        tickets.put(Kind.OAUTH_STATE, key, "state value", now.plus(TTL));

        var asLoginKey = tickets.take(Kind.LOGIN_KEY, key, now);
        var asState = tickets.take(Kind.OAUTH_STATE, key, now);

        assertThat(asLoginKey).isEmpty();
        assertThat(asState).contains("state value");
    }

    @Test
    void aPutReplacesTheTicketOfTheSameKindAndKey() {
        var tickets = newSubject();
        var key = freshKey();
        var now = start();
        tickets.put(Kind.LOGIN_KEY, key, "older", now.plus(TTL));

        tickets.put(Kind.LOGIN_KEY, key, "newer", now.plus(TTL));

        assertThat(tickets.take(Kind.LOGIN_KEY, key, now)).contains("newer");
    }

    @Test
    void valuesComeBackExactly() {
        var tickets = newSubject();
        var key = freshKey();
        var now = start();
        String value = "kakao\n0190f3a4-aaaa-7bbb-8ccc-123456789abc ünïcode 한글 ";
        tickets.put(Kind.OAUTH_STATE, key, value, now.plus(TTL));

        var taken = tickets.take(Kind.OAUTH_STATE, key, now);

        assertThat(taken).contains(value);
    }

    @Test
    void ofConcurrentTakesExactlyOneGetsTheValue() throws InterruptedException {
        var tickets = newSubject();
        var key = freshKey();
        var now = start();
        tickets.put(Kind.LOGIN_KEY, key, "member-1", now.plus(TTL));
        var go = new CountDownLatch(1);
        var results = new ConcurrentLinkedQueue<Optional<String>>();
        var threads = new ArrayList<Thread>();

        for (int i = 0; i < 8; i++) {
            var thread = new Thread(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                results.add(tickets.take(Kind.LOGIN_KEY, key, now));
            });
            thread.start();
            threads.add(thread);
        }
        go.countDown();
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(results).hasSize(8).containsOnlyOnce(Optional.of("member-1"));
    }
}
