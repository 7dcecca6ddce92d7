package archfixtures.clean.domain.membership;

import archfixtures.clean.domain.shared.Email;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

@AggregateRoot
public class Member {

    @Identity
    private final MemberId id;
    private final Email email;

    public Member(MemberId id, Email email) {
        this.id = id;
        this.email = email;
    }

    public MemberBlocked block() {
        return new MemberBlocked(id, MemberBlocked.Reason.ABUSE);
    }

    public Email email() {
        return email;
    }
}
