package io.parlor.application.membership;

import io.parlor.application.membership.port.in.EnsureAdmin;
import io.parlor.application.membership.port.out.Members;
import io.parlor.application.membership.port.out.PasswordHasher;
import io.parlor.application.shared.port.out.IdGenerator;
import io.parlor.application.shared.port.out.TimeSource;
import io.parlor.application.shared.port.out.TransactionRunner;
import io.parlor.domain.membership.EmailTaken;
import io.parlor.domain.membership.Member;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.Password;
import java.util.Optional;

/** Several instances may start at once: the loser of a concurrent creation reports the winner's account. */
final class EnsureAdminService implements EnsureAdmin {

    private final Members members;
    private final PasswordHasher hasher;
    private final TransactionRunner transactions;
    private final TimeSource time;
    private final IdGenerator ids;

    EnsureAdminService(Members members, PasswordHasher hasher, TransactionRunner transactions, TimeSource time,
            IdGenerator ids) {
        this.members = members;
        this.hasher = hasher;
        this.transactions = transactions;
        this.time = time;
        this.ids = ids;
    }

    @Override
    public Result ensure(Command command) {
        Optional<Result> existing = existing(command);
        if (existing.isPresent()) {
            return existing.get();
        }
        var admin = Member.administrator(new MemberId(ids.newId()), command.email(), command.name(),
                hasher.hash(Password.chosen(command.password())), time.now());
        try {
            transactions.runInTransaction(() -> members.add(admin));
            return new Result(admin.id(), true);
        } catch (EmailTaken raced) {
            return existing(command).orElseThrow(() -> raced);
        }
    }

    private Optional<Result> existing(Command command) {
        return members.findByEmail(command.email()).map(member -> new Result(member.id(), false));
    }
}
