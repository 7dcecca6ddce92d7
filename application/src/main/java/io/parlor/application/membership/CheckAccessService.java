package io.parlor.application.membership;

import io.parlor.application.membership.port.in.CheckAccess;
import io.parlor.application.membership.port.out.Members;
import io.parlor.application.shared.port.out.TimeSource;
import io.parlor.domain.membership.InvalidToken;

final class CheckAccessService implements CheckAccess {

    private final Members members;
    private final TimeSource time;

    CheckAccessService(Members members, TimeSource time) {
        this.members = members;
        this.time = time;
    }

    @Override
    public Result check(Query query) {
        var access = members.findById(query.member()).orElseThrow(InvalidToken::new).access();
        access.verify(query.tokenIssuedAt(), time.now());
        return new Result(access);
    }
}
