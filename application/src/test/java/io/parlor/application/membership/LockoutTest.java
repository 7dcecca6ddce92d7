package io.parlor.application.membership;

import static io.parlor.application.membership.MembershipFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parlor.application.membership.port.in.RequestEmailCode;
import io.parlor.application.membership.port.in.Unlock;
import io.parlor.domain.membership.AccountLocked;
import io.parlor.domain.membership.CodePurpose;
import io.parlor.domain.membership.Email;
import io.parlor.domain.membership.InvalidCode;
import io.parlor.domain.membership.InvalidCredentials;
import io.parlor.domain.membership.MemberStatus;
import io.parlor.domain.shared.DomainError;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LockoutTest {

    private static final String ANA = "ana@example.com";

    private final MembershipFixture fixture = new MembershipFixture();

    private void failLogins(int times) {
        for (int i = 0; i < times; i++) {
            assertThatThrownBy(() -> fixture.logIn(ANA, "not the password")).isInstanceOf(InvalidCredentials.class);
        }
    }

    private MemberStatus status() {
        return fixture.members.findByEmail(new Email(ANA)).orElseThrow().statusAt(fixture.time.now());
    }

    @Test
    void locksAfterFiveConsecutiveFailuresWithoutLookingAtThePassword() {
        fixture.activeMember(ANA);

        failLogins(5);

        assertThat(status()).isEqualTo(MemberStatus.LOCKED);
        assertThatThrownBy(() -> fixture.logIn(ANA, PASSWORD)).isInstanceOf(AccountLocked.class)
                .extracting(e -> ((AccountLocked) e).kind()).isEqualTo(DomainError.Kind.LOCKED);
    }

    @Test
    void aSuccessResetsTheCount() {
        fixture.activeMember(ANA);
        failLogins(4);

        fixture.logIn(ANA, PASSWORD);
        failLogins(4);

        assertThat(status()).isEqualTo(MemberStatus.ACTIVE);
    }

    @Test
    void theLockLiftsByItselfAfterFifteenMinutes() {
        fixture.activeMember(ANA);
        failLogins(5);

        fixture.time.advance(Duration.ofMinutes(15));

        assertThat(fixture.logIn(ANA, PASSWORD).accessToken()).isNotBlank();
    }

    @Test
    void theMailedUnlockCodeLiftsTheLockAtOnce() {
        fixture.activeMember(ANA);
        failLogins(5);
        fixture.useCases.requestEmailCode().request(new RequestEmailCode.Command(new Email(ANA), CodePurpose.UNLOCK));

        fixture.useCases.unlock().unlock(new Unlock.Command(new Email(ANA), fixture.lastCodeTo(ANA)));

        assertThat(status()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(fixture.logIn(ANA, PASSWORD).accessToken()).isNotBlank();
    }

    @Test
    void aWrongUnlockCodeIsInvalid() {
        fixture.activeMember(ANA);
        failLogins(5);

        assertThatThrownBy(() -> fixture.useCases.unlock().unlock(new Unlock.Command(new Email(ANA), "999999")))
                .isInstanceOf(InvalidCode.class);
        assertThat(status()).isEqualTo(MemberStatus.LOCKED);
    }

    @Test
    void twentyConcurrentWrongLoginsLockAndEveryCheckedOneIsCounted() throws InterruptedException {
        fixture.activeMember(ANA);
        var start = new CountDownLatch(1);
        Map<String, AtomicInteger> answers = new ConcurrentHashMap<>();
        var threads = new ArrayList<Thread>();

        for (int i = 0; i < 20; i++) {
            var thread = new Thread(() -> {
                try {
                    start.await();
                    fixture.logIn(ANA, "not the password");
                } catch (DomainError e) {
                    answers.computeIfAbsent(e.code(), c -> new AtomicInteger()).incrementAndGet();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            thread.start();
            threads.add(thread);
        }
        start.countDown();
        for (Thread thread : threads) {
            thread.join();
        }

        var failures = fixture.members.findByEmail(new Email(ANA)).orElseThrow().failures();
        int invalid = answers.getOrDefault("invalid-credentials", new AtomicInteger()).get();
        int locked = answers.getOrDefault("account-locked", new AtomicInteger()).get();
        assertThat(invalid + locked).isEqualTo(20);
        assertThat(invalid).isGreaterThanOrEqualTo(5);
        assertThat(failures.count()).isEqualTo(invalid);
        assertThat(status()).isEqualTo(MemberStatus.LOCKED);
    }
}
