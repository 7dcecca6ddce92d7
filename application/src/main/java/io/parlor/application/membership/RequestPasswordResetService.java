package io.parlor.application.membership;

import io.parlor.application.membership.port.in.RequestPasswordReset;
import io.parlor.application.membership.port.out.Mail;
import io.parlor.application.membership.port.out.Mailer;
import io.parlor.application.membership.port.out.Members;
import io.parlor.application.membership.port.out.PasswordHasher;
import io.parlor.application.membership.port.out.SecretGenerator;
import io.parlor.application.shared.port.out.TimeSource;
import io.parlor.application.shared.port.out.TransactionRunner;
import io.parlor.domain.membership.CodePurpose;
import io.parlor.domain.membership.Member;
import io.parlor.domain.membership.MemberStatus;
import io.parlor.domain.membership.Password;
import java.time.Instant;

final class RequestPasswordResetService implements RequestPasswordReset {

    /** 96 bits, 16 characters. */
    private static final int TEMPORARY_PASSWORD_BYTES = 12;

    private final Members members;
    private final PasswordHasher hasher;
    private final SecretGenerator secrets;
    private final Mailer mailer;
    private final EmailCodes codes;
    private final TransactionRunner transactions;
    private final TimeSource time;
    private final MembershipSettings settings;

    RequestPasswordResetService(Members members, PasswordHasher hasher, SecretGenerator secrets, Mailer mailer,
            EmailCodes codes, TransactionRunner transactions, TimeSource time, MembershipSettings settings) {
        this.members = members;
        this.hasher = hasher;
        this.secrets = secrets;
        this.mailer = mailer;
        this.codes = codes;
        this.transactions = transactions;
        this.time = time;
        this.settings = settings;
    }

    @Override
    public void request(Command command) {
        var now = time.now();
        codes.coolDown(CodePurpose.PASSWORD_RESET, command.email(), now, settings.passwordResetCoolDown());
        members.findByEmail(command.email())
                .filter(member -> member.statusAt(now) != MemberStatus.WITHDRAWN)
                .ifPresent(member -> reset(member, now));
    }

    private void reset(Member found, Instant now) {
        var temporary = new Password(secrets.urlSafe(TEMPORARY_PASSWORD_BYTES));
        var hash = hasher.hash(temporary);
        Instant expiresAt = now.plus(settings.temporaryPasswordTtl());
        transactions.runInTransaction(() -> members.lockById(found.id()).ifPresent(member -> {
            member.issueTemporaryPassword(hash, expiresAt);
            members.save(member);
        }));
        mailer.send(new Mail(found.email(), "Your temporary password", "Your temporary Parlor password is "
                + temporary.value() + " . It works for one login within " + settings.temporaryPasswordTtl().toMinutes()
                + " minutes; choose a new password right after. Your current password keeps working."));
    }
}
