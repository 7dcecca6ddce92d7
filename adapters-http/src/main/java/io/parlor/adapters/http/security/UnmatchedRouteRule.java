package io.parlor.adapters.http.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecuredAnnotationRule;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import io.micronaut.web.router.RouteAttributes;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

/**
 * Lets a request that matches no route through to the router, so that the client learns
 * 404, 405 or 415 instead of a misleading 401. It opens nothing: a request that matches a
 * route is left to the route's own {@code @Secured} rule.
 */
@Singleton
final class UnmatchedRouteRule implements SecurityRule<HttpRequest<?>> {

    @Override
    public Publisher<SecurityRuleResult> check(HttpRequest<?> request, @Nullable Authentication authentication) {
        boolean routed = RouteAttributes.getRouteMatch(request).isPresent();
        return Publishers.just(routed ? SecurityRuleResult.UNKNOWN : SecurityRuleResult.ALLOWED);
    }

    @Override
    public int getOrder() {
        return SecuredAnnotationRule.ORDER + 1;
    }
}
