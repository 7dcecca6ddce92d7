package io.parlor.application.membership;

import io.parlor.application.membership.port.in.MemberView;
import io.parlor.application.membership.port.in.UpdateProfile;
import io.parlor.application.membership.port.out.Members;
import io.parlor.application.shared.port.out.TimeSource;
import io.parlor.application.shared.port.out.TransactionRunner;
import io.parlor.domain.membership.Member;
import io.parlor.domain.membership.MemberNotFound;
import io.parlor.domain.membership.Phone;
import java.util.Optional;

final class UpdateProfileService implements UpdateProfile {

    private final Members members;
    private final Roles roles;
    private final TransactionRunner transactions;
    private final TimeSource time;

    UpdateProfileService(Members members, Roles roles, TransactionRunner transactions, TimeSource time) {
        this.members = members;
        this.roles = roles;
        this.transactions = transactions;
        this.time = time;
    }

    @Override
    public MemberView update(Command command) {
        Optional<Optional<Phone>> phone = command.phone()
                .map(text -> text.isBlank() ? Optional.<Phone>empty() : Optional.of(new Phone(text)));
        Member updated = transactions.inTransaction(() -> {
            var member = members.lockById(command.member()).orElseThrow(MemberNotFound::new);
            command.name().ifPresent(member::rename);
            phone.ifPresent(member::changePhone);
            members.save(member);
            return member;
        });
        return roles.view(updated, time.now());
    }
}
