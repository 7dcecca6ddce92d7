package io.parlor.application.membership;

import io.parlor.application.membership.port.in.ChangePassword;
import io.parlor.application.membership.port.out.Members;
import io.parlor.application.membership.port.out.PasswordHasher;
import io.parlor.application.shared.EventPublisher;
import io.parlor.application.shared.port.out.TimeSource;
import io.parlor.application.shared.port.out.TransactionRunner;
import io.parlor.domain.membership.MemberNotFound;
import io.parlor.domain.membership.Password;

final class ChangePasswordService implements ChangePassword {

    private final Members members;
    private final PasswordHasher hasher;
    private final TransactionRunner transactions;
    private final EventPublisher published;
    private final TimeSource time;

    ChangePasswordService(Members members, PasswordHasher hasher, TransactionRunner transactions, EventPublisher published,
            TimeSource time) {
        this.members = members;
        this.hasher = hasher;
        this.transactions = transactions;
        this.published = published;
        this.time = time;
    }

    @Override
    public void change(Command command) {
        var next = hasher.hash(Password.chosen(command.newPassword()));
        var current = new Password(command.currentPassword());
        var now = time.now();
        var changed = transactions.inTransaction(() -> {
            var member = members.lockById(command.member()).orElseThrow(MemberNotFound::new);
            member.changePassword(current, next, hasher, now);
            members.save(member);
            return member;
        });
        published.publish(changed);
    }
}
