package io.parlor.application.membership;

import io.parlor.application.membership.port.in.MemberView;
import io.parlor.application.membership.port.in.VerifyEmail;
import io.parlor.application.membership.port.out.Members;
import io.parlor.application.shared.port.out.TimeSource;
import io.parlor.application.shared.port.out.TransactionRunner;
import io.parlor.domain.membership.CodePurpose;
import io.parlor.domain.membership.InvalidCode;

final class VerifyEmailService implements VerifyEmail {

    private final Members members;
    private final EmailCodes codes;
    private final Roles roles;
    private final TransactionRunner transactions;
    private final TimeSource time;

    VerifyEmailService(Members members, EmailCodes codes, Roles roles, TransactionRunner transactions,
            TimeSource time) {
        this.members = members;
        this.codes = codes;
        this.roles = roles;
        this.transactions = transactions;
        this.time = time;
    }

    @Override
    public MemberView verify(Command command) {
        var now = time.now();
        codes.redeem(CodePurpose.VERIFY, command.email(), command.code(), now);
        var member = transactions.inTransaction(() -> {
            var found = members.findByEmail(command.email())
                    .flatMap(m -> members.lockById(m.id()))
                    .orElseThrow(InvalidCode::new);
            found.verifyEmail();
            members.save(found);
            return found;
        });
        return roles.view(member, now);
    }
}
