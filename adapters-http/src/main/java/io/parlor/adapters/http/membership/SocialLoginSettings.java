package io.parlor.adapters.http.membership;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.NotNull;
import java.net.URI;

/**
 * Where social logins end, as {@code parlor.oauth.*}.
 *
 * @param webAppLoginUrl    the web app's page that receives {@code loginKey} (or {@code error}) after a
 *                          social login; fixed here, never taken from a request
 * @param stateCookieSecure whether the cookie that binds a login's {@code state} to the browser is
 *                          {@code Secure} (browsers still send it to {@code http://localhost})
 */
@ConfigurationProperties("parlor.oauth")
record SocialLoginSettings(
        @Bindable(defaultValue = "http://localhost:3000/login") @NotNull URI webAppLoginUrl,
        @Bindable(defaultValue = "true") boolean stateCookieSecure) {
}
