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
    private final MembershipSettings settings;
    private final TransactionRunner transactions;
    private final TimeSource time;
    private final IdGenerator ids;

    SignUpService(MembershipPorts ports, EmailCodes codes, Roles roles, MembershipSettings settings) {
        this.members = ports.members();
        this.hasher = ports.passwordHasher();
        this.codes = codes;
        this.roles = roles;
        this.settings = settings;
        this.transactions = ports.transactions();
        this.time = ports.time();
        this.ids = ports.ids();
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
