package io.parlor.application.membership;

import io.parlor.application.membership.port.out.RefreshTokens;
import io.parlor.application.shared.Recurring;
import io.parlor.application.shared.port.in.DeadlineHandler;
import io.parlor.application.shared.port.out.Deadlines;
import io.parlor.application.shared.port.out.TimeSource;
import io.parlor.application.shared.port.out.TransactionRunner;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Membership's housekeeping: expired refresh tokens are deleted once per {@code every}, by one
 * instance, through a recurring deadline. Codes and login tickets need none: Redis drops them by
 * their TTL, and the in-memory stores drop expired ones as they grow.
 */
public final class MembershipHousekeeping {

    static final String KIND = "membership.purge";

    private final Deadlines deadlines;
    private final TransactionRunner transactions;
    private final TimeSource time;
    private final Duration every;
    private final PurgeExpiredTokensService purge;

    private MembershipHousekeeping(RefreshTokens tokens, Deadlines deadlines, TransactionRunner transactions,
                                   TimeSource time, Duration every) {
        this.deadlines = deadlines;
        this.transactions = transactions;
        this.time = time;
        this.every = every;
        this.purge = new PurgeExpiredTokensService(tokens, deadlines, time, every);
    }

    /** @param every how often the purge runs, e.g. an hour */
    public static MembershipHousekeeping wire(RefreshTokens tokens, Deadlines deadlines, TransactionRunner transactions,
                                              TimeSource time, Duration every) {
        Objects.requireNonNull(every, "every");
        return new MembershipHousekeeping(tokens, deadlines, transactions, time, every);
    }

    /** The handlers of these deadlines, for {@code Scheduling.runner}. */
    public List<DeadlineHandler> deadlineHandlers() {
        return List.of(purge);
    }

    /** Schedules the next purge unless an instance did already; call at every start. */
    public void start() {
        transactions.runInTransaction(() -> deadlines.scheduleIfAbsent(Recurring.next(KIND, KIND, every, time.now())));
    }
}
