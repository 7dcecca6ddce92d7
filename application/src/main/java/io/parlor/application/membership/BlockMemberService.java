package io.parlor.application.membership;

import io.parlor.application.membership.port.in.BlockMember;
import io.parlor.application.membership.port.in.MemberView;
import io.parlor.application.membership.port.out.Members;
import io.parlor.application.membership.port.out.RefreshTokens;
import io.parlor.application.shared.EventPublisher;
import io.parlor.application.shared.port.out.TimeSource;
import io.parlor.application.shared.port.out.TransactionRunner;
import io.parlor.domain.membership.MemberNotFound;

final class BlockMemberService implements BlockMember {

    private final Members members;
    private final RefreshTokens refreshTokens;
    private final Administrators administrators;
    private final Roles roles;
    private final TransactionRunner transactions;
    private final EventPublisher published;
    private final TimeSource time;

    BlockMemberService(Members members, RefreshTokens refreshTokens, Administrators administrators, Roles roles,
            TransactionRunner transactions, EventPublisher published, TimeSource time) {
        this.members = members;
        this.refreshTokens = refreshTokens;
        this.administrators = administrators;
        this.roles = roles;
        this.transactions = transactions;
        this.published = published;
        this.time = time;
    }

    @Override
    public MemberView block(Command command) {
        var now = time.now();
        administrators.require(command.admin(), now);
        var blocked = transactions.inTransaction(() -> {
            var member = members.lockById(command.member()).orElseThrow(MemberNotFound::new);
            member.block(command.reason(), command.until(), now);
            members.save(member);
            refreshTokens.revokeAllOf(member.id());
            return member;
        });
        published.publish(blocked);
        return roles.view(blocked, now);
    }
}
