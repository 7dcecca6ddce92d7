package io.parlor.adapters.http.membership;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.CookieValue;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.parlor.adapters.http.membership.AuthRequests.LoginKeyRequest;
import io.parlor.adapters.http.membership.MembershipResponses.TokensResponse;
import io.parlor.application.membership.port.in.CompleteSocialLogin;
import io.parlor.application.membership.port.in.ExchangeLoginKey;
import io.parlor.application.membership.port.in.StartSocialLogin;
import io.parlor.domain.membership.InvalidState;
import io.parlor.domain.membership.ShopCode;
import io.parlor.domain.shared.DomainError;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Social login in three steps: {@code authorize} sends the browser to the provider, the
 * provider sends it back to {@code callback}, which sends it on to the web app with a one-time
 * {@code loginKey}; the web app exchanges the key at {@code login-key} for tokens.
 *
 * <p>The callback is a page load, not an API call: it always answers with a redirect to the
 * configured web app, carrying {@code error=<code>} when the login failed, so that a person never
 * lands on an error page of this server. That is why it, unlike other routes, turns errors into
 * responses itself. The login's {@code state} is bound to the browser by an HttpOnly cookie; a
 * callback whose {@code state} does not match the cookie (a link someone else started) is refused
 * as {@code invalid-state} before the state is even looked at.
 */
@Controller("/auth")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class SocialLoginController {

    static final String STATE_COOKIE = "parlor_oauth_state";
    static final String PROVIDER_DENIED = "provider-denied";
    private static final String COOKIE_PATH = "/auth/oauth";
    private static final Duration STATE_COOKIE_LIFE = Duration.ofMinutes(10);
    private static final Logger LOG = LoggerFactory.getLogger(SocialLoginController.class);

    private final StartSocialLogin start;
    private final CompleteSocialLogin complete;
    private final ExchangeLoginKey exchange;
    private final SocialLoginSettings settings;

    SocialLoginController(StartSocialLogin start, CompleteSocialLogin complete, ExchangeLoginKey exchange,
                          SocialLoginSettings settings) {
        this.start = start;
        this.complete = complete;
        this.exchange = exchange;
        this.settings = settings;
    }

    @Get("/oauth/{provider}/authorize")
    @ApiResponse(responseCode = "302", description = "To the provider's authorization endpoint; sets the state cookie")
    @ApiResponse(responseCode = "404", description = "provider-not-found or shop-not-found")
    MutableHttpResponse<Void> authorize(@PathVariable String provider, @Nullable @QueryValue String shopCode) {
        var started = start.start(new StartSocialLogin.Command(provider,
                Optional.ofNullable(shopCode).filter(code -> !code.isBlank()).map(ShopCode::new)));
        return redirect(started.authorizationUri()).cookie(stateCookie(started.state(), STATE_COOKIE_LIFE));
    }

    @Get("/oauth/{provider}/callback")
    @ApiResponse(responseCode = "302",
            description = "To parlor.oauth.web-app-login-url with loginKey=<one-time key> or error=<code>")
    MutableHttpResponse<Void> callback(@PathVariable String provider, @Nullable @QueryValue String code,
                                       @Nullable @QueryValue String state, @Nullable @QueryValue String error,
                                       @Nullable @CookieValue(STATE_COOKIE) String boundState) {
        return redirect(webApp(outcome(provider, code, state, error, boundState)))
                .cookie(stateCookie("", Duration.ZERO));
    }

    @Post("/login-key")
    @ApiResponse(responseCode = "200", description = "Tokens; the key is spent")
    @ApiResponse(responseCode = "401", description = "invalid-token: unknown, expired (60 s) or already used")
    TokensResponse exchange(@Body @Valid LoginKeyRequest request) {
        return TokensResponse.of(exchange.exchange(new ExchangeLoginKey.Command(request.loginKey())));
    }

    /** The query the web app gets: {@code loginKey=...} or {@code error=...}. */
    private String outcome(String provider, String code, String state, String error, String boundState) {
        if (error != null || code == null || code.isBlank()) {
            return "error=" + PROVIDER_DENIED;
        }
        try {
            if (state == null || boundState == null || !sameText(state, boundState)) {
                throw new InvalidState();
            }
            var result = complete.complete(new CompleteSocialLogin.Command(provider, code, state));
            return "loginKey=" + encode(result.loginKey());
        } catch (DomainError refused) {
            return "error=" + refused.code();
        } catch (RuntimeException unexpected) {
            LOG.error("social login through {} failed unexpectedly", provider, unexpected);
            return "error=internal-error";
        }
    }

    private URI webApp(String query) {
        URI base = settings.webAppLoginUrl();
        return URI.create(base + (base.getRawQuery() == null ? "?" : "&") + query);
    }

    private Cookie stateCookie(String value, Duration life) {
        return Cookie.of(STATE_COOKIE, value).path(COOKIE_PATH).httpOnly(true).secure(settings.stateCookieSecure())
                .sameSite(SameSite.Lax).maxAge(life);
    }

    /** A redirect whose target, query included, is neither cached nor passed on as a referrer. */
    private static MutableHttpResponse<Void> redirect(URI target) {
        return HttpResponse.<Void>status(HttpStatus.FOUND)
                .header(HttpHeaders.LOCATION, target.toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("Referrer-Policy", "no-referrer");
    }

    private static boolean sameText(String presented, String bound) {
        return MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8), bound.getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
