package io.parlor.application.membership;

import io.parlor.application.membership.port.in.Unlock;
import io.parlor.application.membership.port.out.Members;
import io.parlor.application.shared.port.out.TimeSource;
import io.parlor.domain.membership.CodePurpose;
import io.parlor.domain.membership.InvalidCode;

final class UnlockService implements Unlock {

    private final Members members;
    private final EmailCodes codes;
    private final TimeSource time;

    UnlockService(Members members, EmailCodes codes, TimeSource time) {
        this.members = members;
        this.codes = codes;
        this.time = time;
    }

    @Override
    public void unlock(Command command) {
        codes.redeem(CodePurpose.UNLOCK, command.email(), command.code(), time.now());
        var member = members.findByEmail(command.email()).orElseThrow(InvalidCode::new);
        members.clearFailedLogins(member.id());
    }
}
