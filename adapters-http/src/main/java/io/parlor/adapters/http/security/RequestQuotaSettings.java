package io.parlor.adapters.http.security;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * Per-address limits on the endpoints an attacker would hammer ({@code parlor.http.quotas.*}):
 * each of them takes {@code perWindow} requests from one client address per {@code window}.
 *
 * @param enabled           off only for load tests that sign up thousands of members from one address
 * @param trustForwardedFor take the client's address from the first {@code X-Forwarded-For} entry,
 *                          for a server behind a proxy that sets it; never on a server clients reach directly
 */
@ConfigurationProperties("parlor.http.quotas")
record RequestQuotaSettings(
        @Bindable(defaultValue = "true") boolean enabled,
        @Bindable(defaultValue = "1m") @NotNull Duration window,
        @Bindable(defaultValue = "20") @Min(1) int login,
        @Bindable(defaultValue = "10") @Min(1) int signUp,
        @Bindable(defaultValue = "10") @Min(1) int emailCode,
        @Bindable(defaultValue = "20") @Min(1) int codeCheck,
        @Bindable(defaultValue = "5") @Min(1) int passwordReset,
        @Bindable(defaultValue = "false") boolean trustForwardedFor) {
}
