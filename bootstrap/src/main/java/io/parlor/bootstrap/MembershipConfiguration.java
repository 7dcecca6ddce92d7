package io.parlor.bootstrap;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import io.parlor.application.membership.MembershipSettings;
import io.parlor.domain.membership.LockoutPolicy;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * The membership rules operators may tune, as {@code parlor.membership.*} (environment
 * variables {@code PARLOR_MEMBERSHIP_*}); the defaults are the documented ones.
 */
@ConfigurationProperties("parlor.membership")
record MembershipConfiguration(
        @Bindable(defaultValue = "true") boolean emailVerificationRequired,
        @Bindable(defaultValue = "15m") @NotNull Duration accessTokenTtl,
        @Bindable(defaultValue = "14d") @NotNull Duration refreshTokenTtl,
        @Bindable(defaultValue = "10m") @NotNull Duration codeTtl,
        @Bindable(defaultValue = "5") @Min(1) int codeAttempts,
        @Bindable(defaultValue = "60s") @NotNull Duration codeCoolDown,
        @Bindable(defaultValue = "5") @Min(1) int lockoutThreshold,
        @Bindable(defaultValue = "15m") @NotNull Duration lockoutDuration,
        @Bindable(defaultValue = "30m") @NotNull Duration temporaryPasswordTtl,
        @Bindable(defaultValue = "60s") @NotNull Duration passwordResetCoolDown) {

    MembershipSettings toSettings() {
        return new MembershipSettings(emailVerificationRequired, accessTokenTtl, refreshTokenTtl, codeTtl, codeAttempts,
                codeCoolDown, new LockoutPolicy(lockoutThreshold, lockoutDuration), temporaryPasswordTtl,
                passwordResetCoolDown);
    }
}
