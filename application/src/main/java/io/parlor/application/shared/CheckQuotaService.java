package io.parlor.application.shared;

import io.parlor.application.shared.port.in.CheckQuota;
import io.parlor.application.shared.port.out.RequestQuotas;
import io.parlor.application.shared.port.out.TimeSource;
import java.time.Duration;
import java.util.Optional;

final class CheckQuotaService implements CheckQuota {

    private final RequestQuotas quotas;
    private final TimeSource time;

    CheckQuotaService(RequestQuotas quotas, TimeSource time) {
        this.quotas = quotas;
        this.time = time;
    }

    @Override
    public Optional<Duration> check(String key, int limit, Duration window) {
        return quotas.take(key, limit, window, time.now());
    }
}
