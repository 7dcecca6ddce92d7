package io.parlor.application.membership.inmemory;

import io.parlor.application.membership.port.out.Members;
import io.parlor.application.shared.inmemory.InMemoryTransactionRunner;
import io.parlor.domain.membership.Email;
import io.parlor.domain.membership.EmailTaken;
import io.parlor.domain.membership.LockoutPolicy;
import io.parlor.domain.membership.LoginFailures;
import io.parlor.domain.membership.Member;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.MemberNotFound;
import io.parlor.domain.membership.MemberState;
import io.parlor.domain.membership.SecretDigest;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Members in a map of {@link MemberState}s. Every write runs as (or joins) a unit of work of the
 * runner, which runs units one at a time: that makes {@link #recordFailedLogin} atomic and
 * {@link #lockById} a plain read.
 */
public final class InMemoryMembers implements Members {

    private final InMemoryTransactionRunner transactions;
    private final Map<MemberId, MemberState> byId = new ConcurrentHashMap<>();

    public InMemoryMembers(InMemoryTransactionRunner transactions) {
        this.transactions = transactions;
    }

    @Override
    public void add(Member member) {
        transactions.runInTransaction(() -> {
            MemberState state = member.state();
            if (byId.containsKey(state.id()) || emailUsedByOther(state)) {
                throw new EmailTaken();
            }
            write(state);
        });
    }

    @Override
    public void save(Member member) {
        transactions.runInTransaction(() -> {
            MemberState state = member.state();
            if (!byId.containsKey(state.id())) {
                throw new MemberNotFound();
            }
            if (emailUsedByOther(state)) {
                throw new EmailTaken();
            }
            write(state);
        });
    }

    @Override
    public Optional<Member> findById(MemberId id) {
        return Optional.ofNullable(byId.get(id)).map(Member::reconstitute);
    }

    @Override
    public Optional<Member> lockById(MemberId id) {
        return findById(id);
    }

    @Override
    public Optional<Member> findByEmail(Email email) {
        return byId.values().stream().filter(s -> s.email().equals(email)).findFirst().map(Member::reconstitute);
    }

    @Override
    public boolean existsWithdrawn(SecretDigest formerEmail) {
        return byId.values().stream().anyMatch(s -> s.formerEmail().filter(formerEmail::equals).isPresent());
    }

    @Override
    public LoginFailures recordFailedLogin(MemberId id, Instant now, LockoutPolicy policy) {
        return transactions.inTransaction(() -> {
            MemberState state = Optional.ofNullable(byId.get(id)).orElseThrow(MemberNotFound::new);
            LoginFailures next = state.failures().afterFailure(now, policy);
            write(state.withFailures(next));
            return next;
        });
    }

    @Override
    public void clearFailedLogins(MemberId id) {
        transactions.runInTransaction(() -> Optional.ofNullable(byId.get(id))
                .ifPresent(state -> write(state.withFailures(LoginFailures.NONE))));
    }

    private boolean emailUsedByOther(MemberState state) {
        return byId.values().stream().anyMatch(s -> s.email().equals(state.email()) && !s.id().equals(state.id()));
    }

    private void write(MemberState state) {
        MemberState previous = byId.put(state.id(), state);
        transactions.onRollback(() -> {
            if (previous == null) {
                byId.remove(state.id());
            } else {
                byId.put(state.id(), previous);
            }
        });
    }
}
