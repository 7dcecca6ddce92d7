package io.parlor.application.membership;

import io.parlor.application.membership.port.in.MemberView;
import io.parlor.application.membership.port.in.UnblockMember;
import io.parlor.application.membership.port.out.Members;
import io.parlor.application.shared.EventPublisher;
import io.parlor.application.shared.port.out.TimeSource;
import io.parlor.application.shared.port.out.TransactionRunner;
import io.parlor.domain.membership.MemberNotFound;

final class UnblockMemberService implements UnblockMember {

    private final Members members;
    private final Administrators administrators;
    private final Roles roles;
    private final TransactionRunner transactions;
    private final EventPublisher published;
    private final TimeSource time;

    UnblockMemberService(Members members, Administrators administrators, Roles roles, TransactionRunner transactions,
            EventPublisher published, TimeSource time) {
        this.members = members;
        this.administrators = administrators;
        this.roles = roles;
        this.transactions = transactions;
        this.published = published;
        this.time = time;
    }

    @Override
    public MemberView unblock(Command command) {
        var now = time.now();
        administrators.require(command.admin(), now);
        var unblocked = transactions.inTransaction(() -> {
            var member = members.lockById(command.member()).orElseThrow(MemberNotFound::new);
            if (member.unblock(now).isPresent()) {
                members.save(member);
            }
            return member;
        });
        published.publish(unblocked);
        return roles.view(unblocked, now);
    }
}
