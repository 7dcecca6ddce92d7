package io.parlor.bootstrap;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.management.endpoint.annotation.Endpoint;
import io.micronaut.management.endpoint.health.HealthEndpoint;
import io.micronaut.management.endpoint.health.HealthLevelOfDetail;
import io.micronaut.management.health.aggregator.HealthAggregator;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Liveness;
import io.micronaut.security.authentication.Authentication;
import java.security.Principal;

/**
 * {@code /health} as Micronaut serves it, but with the details (database URL and product, disk,
 * Redis) shown only to an ADMIN: anyone else, signed in or not, sees the overall status alone.
 * Micronaut's own visibility knows only "anyone" and "any signed-in caller".
 */
@Endpoint(id = HealthEndpoint.NAME, defaultSensitive = false)
@Replaces(HealthEndpoint.class)
class AdminOnlyHealthDetails extends HealthEndpoint {

    AdminOnlyHealthDetails(HealthAggregator<HealthResult> aggregator, HealthIndicator[] indicators,
                           @Liveness HealthIndicator[] liveness) {
        super(aggregator, indicators, liveness);
    }

    @Override
    protected HealthLevelOfDetail levelOfDetail(Principal principal) {
        return principal instanceof Authentication authentication && authentication.getRoles().contains("ADMIN")
                ? HealthLevelOfDetail.STATUS_DESCRIPTION_DETAILS
                : HealthLevelOfDetail.STATUS;
    }
}
