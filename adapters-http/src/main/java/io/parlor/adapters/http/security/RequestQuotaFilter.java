package io.parlor.adapters.http.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.parlor.adapters.http.problem.DomainErrorHandler;
import io.parlor.adapters.http.problem.ProblemBody;
import io.parlor.application.shared.port.in.CheckQuota;
import io.parlor.domain.membership.TooManyRequests;
import java.util.Map;
import java.util.Optional;

/**
 * Answers {@code 429 too-many-requests} with {@code Retry-After} to a client address that sends
 * more log-ins, sign-ups, code requests, code checks or reset requests in a window than the
 * settings allow, before the request is read any further. The counts live behind
 * {@link CheckQuota} (Redis when configured), so the limit holds across instances. It
 * comes on top of the per-account lockout: an attacker cannot try passwords or spam mail from one
 * address, and cannot lock anyone out faster than the quota lets it try.
 */
@ServerFilter(value = {RequestQuotaFilter.LOGIN, RequestQuotaFilter.SIGN_UP, RequestQuotaFilter.EMAIL_CODE,
        RequestQuotaFilter.EMAIL_VERIFY, RequestQuotaFilter.PASSWORD_RESET, RequestQuotaFilter.UNLOCK},
        methods = HttpMethod.POST)
final class RequestQuotaFilter implements Ordered {

    static final String LOGIN = "/auth/login";
    static final String SIGN_UP = "/auth/signup";
    static final String EMAIL_CODE = "/auth/email/code";
    static final String EMAIL_VERIFY = "/auth/email/verify";
    static final String PASSWORD_RESET = "/auth/password/reset";
    static final String UNLOCK = "/auth/unlock";

    private final CheckQuota quotas;
    private final RequestQuotaSettings settings;
    private final Map<String, Integer> limits;

    RequestQuotaFilter(CheckQuota quotas, RequestQuotaSettings settings) {
        this.quotas = quotas;
        this.settings = settings;
        this.limits = Map.of(LOGIN, settings.login(), SIGN_UP, settings.signUp(), EMAIL_CODE, settings.emailCode(),
                EMAIL_VERIFY, settings.codeCheck(), UNLOCK, settings.codeCheck(),
                PASSWORD_RESET, settings.passwordReset());
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    HttpResponse<ProblemBody> check(HttpRequest<?> request) {
        Integer limit = limits.get(request.getPath());
        if (!settings.enabled() || limit == null) {
            return null;
        }
        String key = request.getPath().substring("/auth/".length()).replace('/', '.') + ":" + clientOf(request);
        return quotas.check(key, limit, settings.window())
                .map(wait -> DomainErrorHandler.render(new TooManyRequests(wait)))
                .orElse(null);
    }

    /** The client's address as the key alphabet allows: IPv6 scope ids dropped, anything else odd replaced. */
    private String clientOf(HttpRequest<?> request) {
        Optional<String> forwarded = settings.trustForwardedFor()
                ? Optional.ofNullable(request.getHeaders().get("X-Forwarded-For")).map(v -> v.split(",", 2)[0].strip())
                : Optional.empty();
        String address = forwarded.filter(a -> !a.isEmpty())
                .orElseGet(() -> request.getRemoteAddress().getAddress().getHostAddress());
        int scope = address.indexOf('%');
        String plain = scope < 0 ? address : address.substring(0, scope);
        String safe = plain.replaceAll("[^A-Za-z0-9.:-]", "_");
        return safe.length() > 100 ? safe.substring(0, 100) : safe;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }
}
