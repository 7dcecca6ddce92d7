package io.parlor.application.membership;

import io.parlor.application.membership.port.in.Withdraw;
import io.parlor.application.membership.port.out.Members;
import io.parlor.application.membership.port.out.PasswordHasher;
import io.parlor.application.membership.port.out.RefreshTokens;
import io.parlor.application.shared.EventPublisher;
import io.parlor.application.shared.port.out.TimeSource;
import io.parlor.application.shared.port.out.TransactionRunner;
import io.parlor.domain.membership.MemberNotFound;
import io.parlor.domain.membership.Password;

final class WithdrawService implements Withdraw {

    private final Members members;
    private final RefreshTokens refreshTokens;
    private final PasswordHasher hasher;
    private final TransactionRunner transactions;
    private final EventPublisher published;
    private final TimeSource time;

    WithdrawService(Members members, RefreshTokens refreshTokens, PasswordHasher hasher, TransactionRunner transactions,
            EventPublisher published, TimeSource time) {
        this.members = members;
        this.refreshTokens = refreshTokens;
        this.hasher = hasher;
        this.transactions = transactions;
        this.published = published;
        this.time = time;
    }

    @Override
    public void withdraw(Command command) {
        var password = new Password(command.password());
        var now = time.now();
        var withdrawn = transactions.inTransaction(() -> {
            var member = members.lockById(command.member()).orElseThrow(MemberNotFound::new);
            member.withdraw(password, hasher, now);
            members.save(member);
            refreshTokens.revokeAllOf(member.id());
            return member;
        });
        published.publish(withdrawn);
    }
}
