package io.parlor.application.membership;

import io.parlor.application.membership.port.out.RefreshTokens;
import io.parlor.application.shared.Recurring;
import io.parlor.application.shared.port.in.DeadlineHandler;
import io.parlor.application.shared.port.out.Deadlines;
import io.parlor.application.shared.port.out.TimeSource;
import java.time.Duration;

/** Deletes refresh tokens a day past their expiry, in one bounded batch per run, and schedules the next run. */
final class PurgeExpiredTokensService implements DeadlineHandler {

    /** Kept a day past expiry, so that a replay of a just-expired token can still be told from an unknown one. */
    static final Duration GRACE = Duration.ofDays(1);
    static final int BATCH = 10_000;

    private final RefreshTokens tokens;
    private final Deadlines deadlines;
    private final TimeSource time;
    private final Duration every;

    PurgeExpiredTokensService(RefreshTokens tokens, Deadlines deadlines, TimeSource time, Duration every) {
        this.tokens = tokens;
        this.deadlines = deadlines;
        this.time = time;
        this.every = every;
    }

    @Override
    public String kind() {
        return MembershipHousekeeping.KIND;
    }

    @Override
    public void run(String key, String payload) {
        var now = time.now();
        tokens.purgeExpired(now.minus(GRACE), BATCH);
        deadlines.scheduleIfAbsent(Recurring.next(MembershipHousekeeping.KIND, MembershipHousekeeping.KIND, every, now));
    }
}
