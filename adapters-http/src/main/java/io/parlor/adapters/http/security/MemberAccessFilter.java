package io.parlor.adapters.http.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.FilterPatternStyle;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import io.parlor.adapters.http.problem.DomainErrorHandler;
import io.parlor.adapters.http.problem.ProblemBody;
import io.parlor.application.membership.port.in.CheckAccess;
import io.parlor.domain.membership.PasswordChangeRequired;
import io.parlor.domain.shared.DomainError;

/**
 * Runs after the token's signature and expiry were checked: asks membership whether the member
 * may still use a token issued then (blocked, withdrawn, or tokens revoked all answer no, from
 * the next request on; on other instances once the event arrives), and keeps a password-change token to its one route.
 * WebSocket upgrades are left out: STOMP checks the same at CONNECT, and running this filter on
 * a worker would make Micronaut finish the upgrade off the event loop, where a frame sent right
 * after the handshake can arrive before the WebSocket handler is in place and be lost.
 */
@ServerFilter(value = MemberAccessFilter.ALL_BUT_WEBSOCKETS, patternStyle = FilterPatternStyle.REGEX)
final class MemberAccessFilter implements Ordered {

    static final String ALL_BUT_WEBSOCKETS = "^(?!/ws/).*";
    static final String CHANGE_PASSWORD_PATH = "/me/password";

    private final CheckAccess checkAccess;

    MemberAccessFilter(CheckAccess checkAccess) {
        this.checkAccess = checkAccess;
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    HttpResponse<ProblemBody> check(HttpRequest<?> request) {
        var authentication = request.getUserPrincipal(Authentication.class);
        if (authentication.isEmpty()) {
            return null;
        }
        try {
            checkAccess.check(new CheckAccess.Query(Caller.memberOf(authentication.get()),
                    Caller.issuedAt(authentication.get())));
            if (Caller.mustChangePassword(authentication.get()) && !isPasswordChange(request)) {
                throw new PasswordChangeRequired();
            }
            return null;
        } catch (DomainError refused) {
            return DomainErrorHandler.render(refused);
        }
    }

    private static boolean isPasswordChange(HttpRequest<?> request) {
        return request.getMethod() == HttpMethod.PUT && CHANGE_PASSWORD_PATH.equals(request.getPath());
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
