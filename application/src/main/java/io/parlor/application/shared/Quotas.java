package io.parlor.application.shared;

import io.parlor.application.shared.port.in.CheckQuota;
import io.parlor.application.shared.port.out.RequestQuotas;
import io.parlor.application.shared.port.out.TimeSource;

/** Builds {@link CheckQuota} over a quota store and a clock. */
public final class Quotas {

    private Quotas() {
    }

    public static CheckQuota checker(RequestQuotas quotas, TimeSource time) {
        return new CheckQuotaService(quotas, time);
    }
}
