package io.parlor.application.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parlor.application.membership.port.in.CheckAccess;
import io.parlor.application.shared.LosingEventBus;
import io.parlor.application.shared.inmemory.InMemoryTimeSource;
import io.parlor.application.shared.inmemory.InProcessDomainEventBus;
import io.parlor.application.shared.port.out.DomainEventBus;
import io.parlor.domain.membership.AccountBlocked;
import io.parlor.domain.membership.AccountWithdrawn;
import io.parlor.domain.membership.Block;
import io.parlor.domain.membership.InvalidToken;
import io.parlor.domain.membership.MemberAccess;
import io.parlor.domain.membership.MemberBlocked;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.MemberUnblocked;
import io.parlor.domain.membership.MemberWithdrawn;
import io.parlor.domain.membership.Role;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class KeptCheckAccessServiceTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    private final MemberId ana = new MemberId(UUID.randomUUID());
    private final MemberId bo = new MemberId(UUID.randomUUID());
    private final AtomicReference<MemberAccess> stored = new AtomicReference<>(access(ana, Optional.empty(), false));
    private final AtomicInteger reads = new AtomicInteger();
    private final InMemoryTimeSource time = new InMemoryTimeSource(NOW);
    /** Stands for the store-backed check: answers from {@link #stored}, counting reads. */
    private final CheckAccess store = query -> {
        reads.incrementAndGet();
        var access = query.member().equals(ana) ? stored.get() : access(query.member(), Optional.empty(), false);
        access.verify(query.tokenIssuedAt(), time.now());
        return new CheckAccess.Result(access);
    };
    private final AtomicLong clock = new AtomicLong();
    private final DomainEventBus bus = new InProcessDomainEventBus();
    private final KeptCheckAccessService checks = new KeptCheckAccessService(store, bus, time, clock::get);

    @Test
    void aMembersAccessIsReadOnceAndKept() {
        check(ana);
        check(ana);
        check(bo);

        assertThat(reads).hasValue(2);
    }

    @Test
    void aBlockReachesTheNextRequest() {
        check(ana);
        check(bo);
        stored.set(access(ana, Optional.of(new Block("spam", NOW, Optional.empty())), false));

        bus.publish(MembershipUseCases.TOPIC, new MemberBlocked(ana, "spam", Optional.empty(), NOW));

        assertThatThrownBy(() -> check(ana)).isInstanceOf(AccountBlocked.class);
        assertThatThrownBy(() -> check(ana)).as("a refused member is not kept").isInstanceOf(AccountBlocked.class);
        check(bo);
        assertThat(reads).hasValue(4);

        stored.set(access(ana, Optional.empty(), false));
        bus.publish(MembershipUseCases.TOPIC, new MemberUnblocked(ana, NOW));
        assertThatCode(() -> check(ana)).doesNotThrowAnyException();
    }

    @Test
    void aWithdrawalReachesTheNextRequest() {
        check(ana);
        stored.set(access(ana, Optional.empty(), true));

        bus.publish(MembershipUseCases.TOPIC, new MemberWithdrawn(ana, NOW));

        assertThatThrownBy(() -> check(ana)).isInstanceOf(AccountWithdrawn.class);
    }

    @Test
    void whatIsKeptIsReadAgainAfterTheTtlOrWhenEventsMayHaveBeenLost() {
        var lossy = new LosingEventBus();
        var lossyChecks = new KeptCheckAccessService(store, lossy, time, clock::get);
        lossyChecks.check(new CheckAccess.Query(ana, NOW));
        stored.set(access(ana, Optional.of(new Block("spam", NOW, Optional.empty())), false));

        lossy.reconnect();
        assertThatThrownBy(() -> lossyChecks.check(new CheckAccess.Query(ana, NOW)))
                .isInstanceOf(AccountBlocked.class);

        stored.set(access(ana, Optional.empty(), false));
        lossyChecks.check(new CheckAccess.Query(ana, NOW));
        stored.set(access(ana, Optional.empty(), true));
        clock.addAndGet(KeptCheckAccessService.TTL.toNanos());
        assertThatThrownBy(() -> lossyChecks.check(new CheckAccess.Query(ana, NOW)))
                .isInstanceOf(AccountWithdrawn.class);
    }

    @Test
    void aKeptAccessStillJudgesEachToken() {
        check(ana);

        assertThatThrownBy(() -> checks.check(new CheckAccess.Query(ana, NOW.minusSeconds(7200))))
                .isInstanceOf(InvalidToken.class);
        assertThat(reads).hasValue(1);
    }

    private void check(MemberId member) {
        checks.check(new CheckAccess.Query(member, NOW));
    }

    private static MemberAccess access(MemberId member, Optional<Block> block, boolean withdrawn) {
        return new MemberAccess(member, Set.of(Role.CUSTOMER), withdrawn, block, NOW.minusSeconds(3600));
    }
}
