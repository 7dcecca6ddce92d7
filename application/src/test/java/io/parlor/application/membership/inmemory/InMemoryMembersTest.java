package io.parlor.application.membership.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parlor.application.membership.port.out.Members;
import io.parlor.application.membership.port.out.MembersContract;
import io.parlor.application.shared.inmemory.InMemoryTransactionRunner;
import io.parlor.domain.membership.MemberName;
import org.junit.jupiter.api.Test;

class InMemoryMembersTest extends MembersContract {

    @Override
    protected Members newSubject() {
        return new InMemoryMembers(new InMemoryTransactionRunner());
    }

    @Test
    void aFailedUnitOfWorkUndoesItsWrites() {
        var transactions = new InMemoryTransactionRunner();
        var members = new InMemoryMembers(transactions);
        var kept = newMember();
        members.add(kept);
        var added = newMember();

        assertThatThrownBy(() -> transactions.runInTransaction(() -> {
            members.add(added);
            var renamed = members.lockById(kept.id()).orElseThrow();
            renamed.rename(new MemberName("Someone Else"));
            members.save(renamed);
            throw new IllegalStateException("fails on purpose");
        })).hasMessage("fails on purpose");

        assertThat(members.findById(added.id())).isEmpty();
        assertThat(members.findById(kept.id()).orElseThrow().state()).isEqualTo(kept.state());
    }
}
