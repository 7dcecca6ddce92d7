package io.parlor.application.membership.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.parlor.domain.membership.CustomerMemo;
import io.parlor.domain.membership.GroupId;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link ShopCustomers} store does. */
public abstract class ShopCustomersContract {

    private static final Instant NOW = Instant.parse("2026-11-21T09:30:00Z");

    protected abstract ShopCustomers newSubject();

    /** A shop the store may refer to; a relational subclass overrides it to create one first. */
    protected ShopId existingShop() {
        return new ShopId(UUID.randomUUID());
    }

    /** A member with this name and phone, stored where {@link #newSubject()} reads names from. */
    protected abstract MemberId existingMember(String name, Optional<String> phone);

    /** Runs {@code work} in one unit of work that is then rolled back. */
    protected abstract void inRolledBackUnit(Runnable work);

    protected MemberId existingMember() {
        return existingMember("Bo Park", Optional.empty());
    }

    private static Optional<CustomerQuery.GroupRule> group(GroupId id, Integer minVisits) {
        return Optional.of(new CustomerQuery.GroupRule(id, Optional.ofNullable(minVisits)));
    }

    private static List<MemberId> members(List<CustomerRecord> records) {
        return records.stream().map(CustomerRecord::member).toList();
    }

    @Test
    void registersOnceAndKeepsTheFirstInstant() {
        var customers = newSubject();
        var shop = existingShop();
        var member = existingMember();

        boolean first = customers.register(shop, member, NOW);
        boolean again = customers.register(shop, member, NOW.plusSeconds(60));

        assertThat(first).isTrue();
        assertThat(again).isFalse();
        assertThat(customers.customerSince(shop, member)).contains(NOW);
    }

    @Test
    void aCustomerOfOneShopIsNoCustomerOfAnother() {
        var customers = newSubject();
        var member = existingMember();
        customers.register(existingShop(), member, NOW);

        var since = customers.customerSince(existingShop(), member);

        assertThat(since).isEmpty();
        assertThat(customers.find(existingShop(), member)).isEmpty();
    }

    @Test
    void aNewCustomerHasTheNameAndPhoneOfItsAccountAndNothingElseYet() {
        var customers = newSubject();
        var shop = existingShop();
        var member = existingMember("Mina Kim", Optional.of("01012345678"));
        customers.register(shop, member, NOW);

        var found = customers.find(shop, member).orElseThrow();

        assertThat(found).isEqualTo(new CustomerRecord(member, Optional.of("Mina Kim"), Optional.of("01012345678"),
                NOW, 0, Optional.empty(), CustomerMemo.empty(), Set.of()));
    }

    @Test
    void visitsCountUpAndKeepTheLatestInstantWhicheverOrderTheyCome() {
        var customers = newSubject();
        var shop = existingShop();
        var member = existingMember();

        customers.recordVisit(shop, member, NOW.plusSeconds(600));
        customers.recordVisit(shop, member, NOW);

        var found = customers.find(shop, member).orElseThrow();
        assertThat(found.visits()).isEqualTo(2);
        assertThat(found.lastVisitAt()).contains(NOW.plusSeconds(600));
        assertThat(found.since()).isEqualTo(NOW.plusSeconds(600));
    }

    @Test
    void aMemoIsKeptForCustomersOnly() {
        var customers = newSubject();
        var shop = existingShop();
        var member = existingMember();
        customers.register(shop, member, NOW);

        boolean kept = customers.setMemo(shop, member, new CustomerMemo("likes short fringes"));
        boolean stranger = customers.setMemo(shop, existingMember(), new CustomerMemo("who?"));

        assertThat(kept).isTrue();
        assertThat(stranger).isFalse();
        assertThat(customers.find(shop, member).orElseThrow().memo().text()).isEqualTo("likes short fringes");
    }

    @Test
    void pagesRunByMemberIdAndFilterByNameOrPhone() {
        var customers = newSubject();
        var shop = existingShop();
        var all = new ArrayList<MemberId>();
        for (int i = 0; i < 5; i++) {
            var member = existingMember("Customer " + i, Optional.of("0109000000" + i));
            customers.register(shop, member, NOW);
            all.add(member);
        }
        var mina = existingMember("Mina Kim", Optional.of("01055556666"));
        customers.register(shop, mina, NOW);
        all.add(mina);
        customers.register(existingShop(), existingMember("Mina Elsewhere", Optional.empty()), NOW);
        all.sort(Comparator.comparing(MemberId::toString));

        var first = customers.page(new CustomerQuery(shop, Optional.empty(), Optional.empty(), Optional.empty(), 4));
        var rest = customers.page(new CustomerQuery(shop, Optional.empty(), Optional.empty(),
                Optional.of(first.get(3).member()), 4));

        assertThat(members(first)).isEqualTo(all.subList(0, 4));
        assertThat(members(rest)).isEqualTo(all.subList(4, 6));
        assertThat(members(customers.page(new CustomerQuery(shop, Optional.empty(), Optional.of("mINA"),
                Optional.empty(), 10)))).containsExactly(mina);
        assertThat(members(customers.page(new CustomerQuery(shop, Optional.empty(), Optional.of("5555"),
                Optional.empty(), 10)))).containsExactly(mina);
        assertThat(customers.page(new CustomerQuery(shop, Optional.empty(), Optional.of("%"), Optional.empty(), 10)))
                .isEmpty();
    }

    @Test
    void aGroupHoldsThoseAddedByHandAndThoseWithEnoughVisits() {
        var customers = newSubject();
        var shop = existingShop();
        var vip = new GroupId(UUID.randomUUID());
        var byHand = existingMember();
        var regular = existingMember();
        var newcomer = existingMember();
        customers.register(shop, byHand, NOW);
        customers.register(shop, newcomer, NOW);
        for (int i = 0; i < 3; i++) {
            customers.recordVisit(shop, regular, NOW.plusSeconds(i));
        }

        customers.addToGroup(shop, vip, Set.of(byHand));
        customers.addToGroup(shop, vip, Set.of(byHand));

        assertThat(members(customers.page(new CustomerQuery(shop, group(vip, null), Optional.empty(),
                Optional.empty(), 10)))).containsExactly(byHand);
        assertThat(members(customers.page(new CustomerQuery(shop, group(vip, 3), Optional.empty(),
                Optional.empty(), 10)))).containsExactlyInAnyOrder(byHand, regular);
        assertThat(customers.count(shop, group(vip, 3).orElseThrow())).isEqualTo(2);
        assertThat(customers.count(shop, group(vip, 4).orElseThrow())).isEqualTo(1);
        assertThat(customers.find(shop, byHand).orElseThrow().addedTo()).containsExactly(vip);
        assertThat(customers.isAddedTo(shop, vip, byHand)).isTrue();
        assertThat(customers.isAddedTo(shop, vip, regular)).as("a rule is no adding by hand").isFalse();
        assertThat(customers.isAddedTo(existingShop(), vip, byHand)).as("another shop").isFalse();

        assertThat(customers.removeFromGroup(shop, vip, byHand)).isTrue();
        assertThat(customers.removeFromGroup(shop, vip, byHand)).isFalse();
        assertThat(customers.isAddedTo(shop, vip, byHand)).isFalse();
        assertThat(customers.count(shop, group(vip, null).orElseThrow())).isZero();
    }

    @Test
    void aRolledBackUnitLeavesNoTrace() {
        var customers = newSubject();
        var shop = existingShop();
        var member = existingMember();
        customers.register(shop, member, NOW);
        var vip = new GroupId(UUID.randomUUID());

        inRolledBackUnit(() -> {
            customers.recordVisit(shop, member, NOW);
            customers.setMemo(shop, member, new CustomerMemo("gone"));
            customers.addToGroup(shop, vip, Set.of(member));
            customers.register(shop, existingMember(), NOW);
        });

        assertThat(customers.find(shop, member)).contains(new CustomerRecord(member, Optional.of("Bo Park"),
                Optional.empty(), NOW, 0, Optional.empty(), CustomerMemo.empty(), Set.of()));
        assertThat(customers.page(new CustomerQuery(shop, Optional.empty(), Optional.empty(), Optional.empty(), 10)))
                .hasSize(1);
    }
}
