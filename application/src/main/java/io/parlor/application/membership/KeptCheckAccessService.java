package io.parlor.application.membership;

import io.parlor.application.membership.port.in.CheckAccess;
import io.parlor.application.shared.KeptReads;
import io.parlor.application.shared.port.out.DomainEventBus;
import io.parlor.application.shared.port.out.TimeSource;
import io.parlor.domain.membership.MemberAccess;
import io.parlor.domain.membership.MemberBlocked;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.MemberUnblocked;
import io.parlor.domain.membership.MemberWithdrawn;
import java.time.Duration;
import java.util.function.LongSupplier;
import org.jmolecules.event.types.DomainEvent;

/**
 * {@link CheckAccess} that reads each member's {@link MemberAccess} once and keeps it, as the port
 * allows: every request asks, and the snapshot changes only by {@link MemberBlocked},
 * {@link MemberUnblocked} and {@link MemberWithdrawn}. Those events drop the member's snapshot on
 * every instance as they arrive on the {@code membership} topic; when the bus may have lost some
 * (after an outage) every snapshot is dropped, and none is used longer than {@link #TTL}.
 */
final class KeptCheckAccessService implements CheckAccess {

    /** Bounds what an event lost in an outage could cost: a revoked member's requests for this long at most. */
    static final Duration TTL = Duration.ofSeconds(10);
    private static final int MAX_KEPT = 100_000;

    private final CheckAccess store;
    private final TimeSource time;
    private final KeptReads<MemberId, MemberAccess> kept;

    KeptCheckAccessService(CheckAccess store, DomainEventBus bus, TimeSource time, LongSupplier nanoTime) {
        this.store = store;
        this.time = time;
        this.kept = new KeptReads<>(TTL, MAX_KEPT, nanoTime);
        bus.subscribe(MembershipUseCases.TOPIC, this::drop, kept::dropAll);
    }

    @Override
    public Result check(Query query) {
        var access = kept.get(query.member(), member -> store.check(query).access());
        access.verify(query.tokenIssuedAt(), time.now());
        return new Result(access);
    }

    private void drop(DomainEvent event) {
        if (event instanceof MemberBlocked blocked) {
            kept.drop(blocked.member());
        } else if (event instanceof MemberUnblocked unblocked) {
            kept.drop(unblocked.member());
        } else if (event instanceof MemberWithdrawn withdrawn) {
            kept.drop(withdrawn.member());
        }
    }
}
