package io.parlor.application.membership;

import io.parlor.application.membership.port.in.MemberView;
import io.parlor.application.membership.port.out.Shops;
import io.parlor.domain.membership.Member;
import io.parlor.domain.membership.Role;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** A member's roles: its own ones plus those its place on shop staffs gives. */
final class Roles {

    private final Shops shops;

    Roles(Shops shops) {
        this.shops = shops;
    }

    Set<Role> of(Member member) {
        var all = EnumSet.noneOf(Role.class);
        all.addAll(member.roles());
        all.addAll(shops.staffRolesOf(member.id()));
        return all;
    }

    MemberView view(Member member, Instant now) {
        return new MemberView(member.id(), member.email().value(), member.name().map(Object::toString),
                member.phone().map(Object::toString), of(member), member.statusAt(now));
    }
}
