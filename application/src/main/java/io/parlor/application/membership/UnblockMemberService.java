package io.parlor.application.membership;

import io.parlor.application.membership.port.in.MemberView;
import io.parlor.application.membership.port.in.UnblockMember;
import io.parlor.application.membership.port.out.Members;
import io.parlor.application.shared.port.out.DomainEventBus;
import io.parlor.application.shared.port.out.TimeSource;
import io.parlor.application.shared.port.out.TransactionRunner;
import io.parlor.domain.membership.Member;
import io.parlor.domain.membership.MemberNotFound;
import io.parlor.domain.membership.MemberUnblocked;
import java.util.Optional;

final class UnblockMemberService implements UnblockMember {

    private final Members members;
    private final Administrators administrators;
    private final Roles roles;
    private final TransactionRunner transactions;
    private final DomainEventBus events;
    private final TimeSource time;

    UnblockMemberService(Members members, Administrators administrators, Roles roles, TransactionRunner transactions,
            DomainEventBus events, TimeSource time) {
        this.members = members;
        this.administrators = administrators;
        this.roles = roles;
        this.transactions = transactions;
        this.events = events;
        this.time = time;
    }

    private record Outcome(Member member, Optional<MemberUnblocked> event) {
    }

    @Override
    public MemberView unblock(Command command) {
        var now = time.now();
        administrators.require(command.admin(), now);
        var outcome = transactions.inTransaction(() -> {
            var member = members.lockById(command.member()).orElseThrow(MemberNotFound::new);
            var event = member.unblock(now);
            if (event.isPresent()) {
                members.save(member);
            }
            return new Outcome(member, event);
        });
        outcome.event().ifPresent(event -> events.publish(MembershipUseCases.TOPIC, event));
        return roles.view(outcome.member(), now);
    }
}
