package io.parlor.application.membership;

import io.parlor.application.membership.port.in.MemberView;
import io.parlor.application.membership.port.in.SignUp;
import io.parlor.application.membership.port.out.Members;
import io.parlor.application.membership.port.out.PasswordHasher;
import io.parlor.application.shared.port.out.IdGenerator;
import io.parlor.application.shared.port.out.TimeSource;
import io.parlor.application.shared.port.out.TransactionRunner;
import io.parlor.domain.membership.CodePurpose;
import io.parlor.domain.membership.EmailTaken;
import io.parlor.domain.membership.Member;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.Password;

final class SignUpService implements SignUp {

    private final Members members;
    private final PasswordHasher hasher;
    private final EmailCodes codes;
    private final Roles roles;
    private final TransactionRunner transactions;
    private final TimeSource time;
    private final IdGenerator ids;
    private final MembershipSettings settings;

    SignUpService(Members members, PasswordHasher hasher, EmailCodes codes, Roles roles, TransactionRunner transactions,
            TimeSource time, IdGenerator ids, MembershipSettings settings) {
        this.members = members;
        this.hasher = hasher;
        this.codes = codes;
        this.roles = roles;
        this.transactions = transactions;
        this.time = time;
        this.ids = ids;
        this.settings = settings;
    }

    @Override
    public MemberView signUp(Command command) {
        Password password = Password.chosen(command.password());
        if (members.findByEmail(command.email()).isPresent()) {
            throw new EmailTaken();
        }
        var now = time.now();
        var member = Member.signUp(new MemberId(ids.newId()), command.email(), command.name(), command.phone(),
                hasher.hash(password), settings.emailVerificationRequired(), now);
        transactions.runInTransaction(() -> members.add(member));
        if (member.awaitsVerification()) {
            codes.sendFirst(CodePurpose.VERIFY, member.email(), now, settings.codeCoolDown());
        }
        return roles.view(member, now);
    }
}
