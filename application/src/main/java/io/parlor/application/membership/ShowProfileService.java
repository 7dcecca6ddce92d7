package io.parlor.application.membership;

import io.parlor.application.membership.port.in.MemberView;
import io.parlor.application.membership.port.in.ShowProfile;
import io.parlor.application.membership.port.out.Members;
import io.parlor.application.shared.port.out.TimeSource;
import io.parlor.domain.membership.MemberNotFound;

final class ShowProfileService implements ShowProfile {

    private final Members members;
    private final Roles roles;
    private final TimeSource time;

    ShowProfileService(Members members, Roles roles, TimeSource time) {
        this.members = members;
        this.roles = roles;
        this.time = time;
    }

    @Override
    public MemberView show(Query query) {
        var member = members.findById(query.member()).orElseThrow(MemberNotFound::new);
        return roles.view(member, time.now());
    }
}
