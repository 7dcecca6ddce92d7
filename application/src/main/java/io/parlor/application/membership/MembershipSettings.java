package io.parlor.application.membership;

import io.parlor.domain.membership.LockoutPolicy;
import java.time.Duration;
import java.util.Objects;

/**
 * The tunable rules of membership; {@link #defaults()} gives the documented ones.
 *
 * @param emailVerificationRequired sign-up needs the mailed code before the first login
 * @param codeAttempts              wrong tries one mailed code survives
 * @param codeCoolDown              least time between two mails of one purpose to one address
 * @param passwordResetCoolDown     least time between two temporary passwords to one address
 */
public record MembershipSettings(boolean emailVerificationRequired, Duration accessTokenTtl,
        Duration refreshTokenTtl, Duration codeTtl, int codeAttempts, Duration codeCoolDown,
        LockoutPolicy lockout, Duration temporaryPasswordTtl, Duration passwordResetCoolDown) {

    public MembershipSettings {
        positive(accessTokenTtl, "accessTokenTtl");
        positive(refreshTokenTtl, "refreshTokenTtl");
        positive(codeTtl, "codeTtl");
        positive(codeCoolDown, "codeCoolDown");
        positive(temporaryPasswordTtl, "temporaryPasswordTtl");
        positive(passwordResetCoolDown, "passwordResetCoolDown");
        Objects.requireNonNull(lockout, "lockout");
        if (codeAttempts < 1) {
            throw new IllegalArgumentException("codeAttempts is at least 1");
        }
    }

    /**
     * Verification required; access 15 min, refresh 14 days; codes 10 min, 5 tries, 60 s
     * cool-down; lock for 15 min after 5 failures; temporary passwords 30 min, 60 s cool-down.
     */
    public static MembershipSettings defaults() {
        return new MembershipSettings(true, Duration.ofMinutes(15), Duration.ofDays(14), Duration.ofMinutes(10), 5,
                Duration.ofSeconds(60), LockoutPolicy.standard(), Duration.ofMinutes(30), Duration.ofSeconds(60));
    }

    /** These settings with email verification switched on or off. */
    public MembershipSettings withEmailVerificationRequired(boolean required) {
        return new MembershipSettings(required, accessTokenTtl, refreshTokenTtl, codeTtl, codeAttempts, codeCoolDown,
                lockout, temporaryPasswordTtl, passwordResetCoolDown);
    }

    private static void positive(Duration duration, String name) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive duration");
        }
    }
}
