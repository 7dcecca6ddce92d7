package io.parlor.application.membership.inmemory;

import io.parlor.application.membership.port.out.ShopCustomers;
import io.parlor.application.membership.port.out.ShopCustomersContract;
import io.parlor.application.shared.inmemory.InMemoryTransactionRunner;
import io.parlor.domain.membership.Email;
import io.parlor.domain.membership.Member;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.MemberName;
import io.parlor.domain.membership.PasswordHash;
import io.parlor.domain.membership.Phone;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

class InMemoryShopCustomersTest extends ShopCustomersContract {

    private final InMemoryTransactionRunner transactions = new InMemoryTransactionRunner();
    private final InMemoryMembers members = new InMemoryMembers(transactions);

    @Override
    protected ShopCustomers newSubject() {
        return new InMemoryShopCustomers(transactions, members);
    }

    @Override
    protected MemberId existingMember(String name, Optional<String> phone) {
        var id = new MemberId(UUID.randomUUID());
        members.add(Member.signUp(id, new Email("c-" + id + "@example.com"), new MemberName(name),
                phone.map(Phone::new), new PasswordHash("fixture$hash"), false, Instant.EPOCH));
        return id;
    }

    @Override
    protected void inRolledBackUnit(Runnable work) {
        try {
            transactions.runInTransaction(() -> {
                work.run();
                throw new IllegalStateException("roll back");
            });
        } catch (IllegalStateException expected) {
            // the unit of work was rolled back, as the test wants
        }
    }
}
