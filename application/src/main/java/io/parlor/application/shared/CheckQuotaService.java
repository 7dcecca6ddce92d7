package io.parlor.application.shared;

import io.parlor.application.shared.port.in.CheckQuota;
import io.parlor.application.shared.port.out.RequestQuotas;
import io.parlor.application.shared.port.out.StoreUnavailable;
import io.parlor.application.shared.port.out.TimeSource;
import java.time.Duration;
import java.util.Optional;

final class CheckQuotaService implements CheckQuota {

    private static final System.Logger LOG = System.getLogger(CheckQuotaService.class.getName());

    private final RequestQuotas quotas;
    private final TimeSource time;

    CheckQuotaService(RequestQuotas quotas, TimeSource time) {
        this.quotas = quotas;
        this.time = time;
    }

    /**
     * Lets the request through when the counters cannot be reached: quotas slow attackers down,
     * while the lockout, kept in the database, still guards every account during the outage.
     */
    @Override
    public Optional<Duration> check(String key, int limit, Duration window) {
        try {
            return quotas.take(key, limit, window, time.now());
        } catch (StoreUnavailable outage) {
            LOG.log(System.Logger.Level.WARNING, "request quotas are not counted: " + outage.store() + " cannot be reached");
            return Optional.empty();
        }
    }
}
