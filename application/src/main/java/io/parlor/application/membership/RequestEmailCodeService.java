package io.parlor.application.membership;

import io.parlor.application.membership.port.in.RequestEmailCode;
import io.parlor.application.membership.port.out.Members;
import io.parlor.application.shared.port.out.TimeSource;
import io.parlor.domain.membership.CodePurpose;
import io.parlor.domain.membership.Member;
import io.parlor.domain.membership.MemberStatus;
import java.time.Instant;

final class RequestEmailCodeService implements RequestEmailCode {

    private final Members members;
    private final EmailCodes codes;
    private final TimeSource time;
    private final MembershipSettings settings;

    RequestEmailCodeService(Members members, EmailCodes codes, TimeSource time, MembershipSettings settings) {
        this.members = members;
        this.codes = codes;
        this.time = time;
        this.settings = settings;
    }

    @Override
    public void request(Command command) {
        var now = time.now();
        codes.coolDown(command.purpose(), command.email(), now, settings.codeCoolDown());
        members.findByEmail(command.email())
                .filter(member -> servesAPurpose(member, command.purpose(), now))
                .ifPresent(member -> codes.send(command.purpose(), member.email(), now));
    }

    private static boolean servesAPurpose(Member member, CodePurpose purpose, Instant now) {
        return purpose == CodePurpose.VERIFY
                ? member.statusAt(now) == MemberStatus.PENDING_VERIFICATION
                : member.statusAt(now) == MemberStatus.LOCKED;
    }
}
