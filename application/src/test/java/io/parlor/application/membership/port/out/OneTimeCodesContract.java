package io.parlor.application.membership.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.parlor.domain.membership.CodePurpose;
import io.parlor.domain.membership.Email;
import io.parlor.domain.membership.SecretDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/**
 * What every {@link OneTimeCodes} store does. Time moves only through the {@code now} the suite
 * passes, starting at {@link #start()}; each test uses a fresh address.
 */
public abstract class OneTimeCodesContract {

    private static final Duration TEN_MINUTES = Duration.ofMinutes(10);
    private static final SecretDigest RIGHT = SecretDigest.of("right");
    private static final SecretDigest WRONG = SecretDigest.of("wrong");

    protected abstract OneTimeCodes newSubject();

    /**
     * The instant the tests start from: the real time by default, so that stores whose entries
     * also expire on their own clock keep them for the whole test.
     */
    protected Instant start() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    private static Email freshEmail() {
        return new Email("c-" + UUID.randomUUID() + "@example.com");
    }

    @Test
    void aCoolDownRefusesUntilItEndsAndTellsWhatRemains() {
        var codes = newSubject();
        var email = freshEmail();
        var now = start();

        var first = codes.startCoolDown(CodePurpose.VERIFY, email, now, Duration.ofSeconds(60));
        var early = codes.startCoolDown(CodePurpose.VERIFY, email, now.plusSeconds(45), Duration.ofSeconds(60));
        var otherPurpose = codes.startCoolDown(CodePurpose.UNLOCK, email, now.plusSeconds(45), Duration.ofSeconds(60));
        var later = codes.startCoolDown(CodePurpose.VERIFY, email, now.plusSeconds(60), Duration.ofSeconds(60));

        assertThat(first).isEmpty();
        assertThat(early).contains(Duration.ofSeconds(15));
        assertThat(otherPurpose).isEmpty();
        assertThat(later).isEmpty();
    }

    @Test
    void theRightCodeRedeemsOnce() {
        var codes = newSubject();
        var email = freshEmail();
        var now = start();
        codes.put(CodePurpose.VERIFY, email, RIGHT, now.plus(TEN_MINUTES), 5);

        boolean first = codes.redeem(CodePurpose.VERIFY, email, RIGHT, now.plusSeconds(1));
        boolean again = codes.redeem(CodePurpose.VERIFY, email, RIGHT, now.plusSeconds(2));

        assertThat(first).isTrue();
        assertThat(again).isFalse();
    }

    @Test
    void aCodeServesOnlyItsPurposeAndAddress() {
        var codes = newSubject();
        var email = freshEmail();
        var now = start();
        codes.put(CodePurpose.VERIFY, email, RIGHT, now.plus(TEN_MINUTES), 5);

        boolean otherPurpose = codes.redeem(CodePurpose.UNLOCK, email, RIGHT, now);
        boolean otherAddress = codes.redeem(CodePurpose.VERIFY, freshEmail(), RIGHT, now);

        assertThat(otherPurpose).isFalse();
        assertThat(otherAddress).isFalse();
        assertThat(codes.redeem(CodePurpose.VERIFY, email, RIGHT, now)).isTrue();
    }

    @Test
    void anExpiredCodeRedeemsNothing() {
        var codes = newSubject();
        var email = freshEmail();
        var now = start();
        codes.put(CodePurpose.VERIFY, email, RIGHT, now.plus(TEN_MINUTES), 5);

        boolean redeemed = codes.redeem(CodePurpose.VERIFY, email, RIGHT, now.plus(TEN_MINUTES));

        assertThat(redeemed).isFalse();
    }

    @Test
    void onlyTheNewestCodeIsValid() {
        var codes = newSubject();
        var email = freshEmail();
        var now = start();
        var newer = SecretDigest.of("newer");
        codes.put(CodePurpose.VERIFY, email, RIGHT, now.plus(TEN_MINUTES), 5);
        codes.put(CodePurpose.VERIFY, email, newer, now.plusSeconds(60).plus(TEN_MINUTES), 5);

        boolean older = codes.redeem(CodePurpose.VERIFY, email, RIGHT, now.plusSeconds(61));
        boolean newest = codes.redeem(CodePurpose.VERIFY, email, newer, now.plusSeconds(62));

        assertThat(older).isFalse();
        assertThat(newest).isTrue();
    }

    @Test
    void theFifthWrongTryBurnsTheCode() {
        var codes = newSubject();
        var email = freshEmail();
        var now = start();
        codes.put(CodePurpose.UNLOCK, email, RIGHT, now.plus(TEN_MINUTES), 5);

        for (int i = 0; i < 4; i++) {
            assertThat(codes.redeem(CodePurpose.UNLOCK, email, WRONG, now)).isFalse();
        }
        boolean fifthWrong = codes.redeem(CodePurpose.UNLOCK, email, WRONG, now);
        boolean rightAfterwards = codes.redeem(CodePurpose.UNLOCK, email, RIGHT, now);

        assertThat(fifthWrong).isFalse();
        assertThat(rightAfterwards).isFalse();
    }

    @Test
    void concurrentRedemptionsRedeemOnce() throws InterruptedException {
        var codes = newSubject();
        var email = freshEmail();
        var now = start();
        codes.put(CodePurpose.VERIFY, email, RIGHT, now.plus(TEN_MINUTES), 5);
        var start = new CountDownLatch(1);
        var results = new ConcurrentLinkedQueue<Boolean>();
        var threads = new ArrayList<Thread>();

        for (int i = 0; i < 8; i++) {
            var thread = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                results.add(codes.redeem(CodePurpose.VERIFY, email, RIGHT, now));
            });
            thread.start();
            threads.add(thread);
        }
        start.countDown();
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(results).hasSize(8).containsOnlyOnce(true);
    }
}
