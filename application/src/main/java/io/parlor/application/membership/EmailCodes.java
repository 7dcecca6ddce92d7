package io.parlor.application.membership;

import io.parlor.application.membership.port.out.Mail;
import io.parlor.application.membership.port.out.Mailer;
import io.parlor.application.membership.port.out.OneTimeCodes;
import io.parlor.application.membership.port.out.SecretGenerator;
import io.parlor.domain.membership.CodePurpose;
import io.parlor.domain.membership.Email;
import io.parlor.domain.membership.InvalidCode;
import io.parlor.domain.membership.OneTimeCode;
import io.parlor.domain.membership.TooManyRequests;
import java.time.Duration;
import java.time.Instant;

/** Cool-downs, mailing and redeeming of one-time codes, shared by the use cases that need them. */
final class EmailCodes {

    private static final int DIGITS = 6;

    private final OneTimeCodes codes;
    private final SecretGenerator secrets;
    private final Mailer mailer;
    private final MembershipSettings settings;

    EmailCodes(OneTimeCodes codes, SecretGenerator secrets, Mailer mailer, MembershipSettings settings) {
        this.codes = codes;
        this.secrets = secrets;
        this.mailer = mailer;
        this.settings = settings;
    }

    /** Starts the cool-down of {@code purpose} for {@code email}, or refuses within a running one. */
    void coolDown(CodePurpose purpose, Email email, Instant now, Duration length) {
        codes.startCoolDown(purpose, email, now, length).ifPresent(rest -> {
            throw new TooManyRequests(rest);
        });
    }

    /**
     * Mails the first code of an address that just registered; a cool-down that a request for
     * the then unknown address started does not hold it back.
     */
    void sendFirst(CodePurpose purpose, Email email, Instant now, Duration length) {
        codes.startCoolDown(purpose, email, now, length);
        send(purpose, email, now);
    }

    /** Mails a fresh code, which replaces any earlier one. */
    void send(CodePurpose purpose, Email email, Instant now) {
        var code = new OneTimeCode(secrets.digits(DIGITS));
        codes.put(purpose, email, code.digest(purpose, email), now.plus(settings.codeTtl()), settings.codeAttempts());
        mailer.send(new Mail(email, subjectOf(purpose), "Your Parlor code is " + code.digits()
                + ". It is valid for " + settings.codeTtl().toMinutes() + " minutes and can be used once."));
    }

    /** Spends the code, or throws {@link InvalidCode}. */
    void redeem(CodePurpose purpose, Email email, String text, Instant now) {
        var code = new OneTimeCode(text.strip());
        if (!code.wellFormed() || !codes.redeem(purpose, email, code.digest(purpose, email), now)) {
            throw new InvalidCode();
        }
    }

    private static String subjectOf(CodePurpose purpose) {
        return switch (purpose) {
            case VERIFY -> "Verify your email address";
            case UNLOCK -> "Unlock your account";
            case PASSWORD_RESET -> "Your temporary password";
        };
    }
}
