package io.parlor.application.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parlor.application.membership.inmemory.InMemoryCustomerGroups;
import io.parlor.application.membership.inmemory.InMemoryMembers;
import io.parlor.application.membership.inmemory.InMemoryShopCustomers;
import io.parlor.application.membership.inmemory.InMemoryShops;
import io.parlor.application.membership.port.in.BrowseCustomers;
import io.parlor.application.membership.port.in.CustomerView;
import io.parlor.application.membership.port.in.GroupView;
import io.parlor.application.shared.inmemory.InMemoryPlatform;
import io.parlor.application.shared.inmemory.InMemoryTransactionRunner;
import io.parlor.domain.membership.CustomerGroup;
import io.parlor.domain.membership.CustomerNotFound;
import io.parlor.domain.membership.Email;
import io.parlor.domain.membership.GroupKind;
import io.parlor.domain.membership.GroupNameTaken;
import io.parlor.domain.membership.Member;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.MemberName;
import io.parlor.domain.membership.NotACustomer;
import io.parlor.domain.membership.PasswordHash;
import io.parlor.domain.membership.Shop;
import io.parlor.domain.membership.ShopCode;
import io.parlor.domain.membership.ShopId;
import io.parlor.domain.membership.ShopName;
import io.parlor.domain.membership.SlotMinutes;
import io.parlor.domain.shared.InvalidValue;
import io.parlor.domain.shared.NotShopOwner;
import io.parlor.domain.shared.ShopNotFound;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The back office's rules: who sees a shop's customers, how groups fill, who gets group messages. */
class BackOfficeTest {

    private static final Instant NOW = Instant.parse("2026-11-21T09:30:00Z");

    private final InMemoryPlatform platform = InMemoryPlatform.startingAt(Instant.parse("2026-11-21T09:00:00Z"));
    private final InMemoryTransactionRunner transactions = platform.transactions();
    private final InMemoryMembers members = new InMemoryMembers(transactions);
    private final InMemoryShops shops = new InMemoryShops(transactions);
    private final BackOfficeUseCases backOffice = BackOfficeUseCases.wire(new BackOfficePorts(platform.platform(),
            shops, new InMemoryShopCustomers(transactions, members), new InMemoryCustomerGroups(transactions)));

    private final MemberId owner = member("Owner");
    private final MemberId designer = member("Designer");
    private final ShopId shop = shop(owner, designer);
    private final MemberId otherOwner = member("Other owner");
    private final MemberId otherDesigner = member("Other designer");
    private final ShopId otherShop = shop(otherOwner, otherDesigner);

    private MemberId member(String name) {
        var id = new MemberId(UUID.randomUUID());
        members.add(Member.signUp(id, new Email("m-" + id + "@example.com"), new MemberName(name), Optional.empty(),
                new PasswordHash("fixture$hash"), false, NOW));
        return id;
    }

    private ShopId shop(MemberId owner, MemberId designer) {
        var shop = Shop.open(new ShopId(UUID.randomUUID()), new ShopCode(UUID.randomUUID().toString().substring(0, 12)),
                new ShopName("Salon"), ZoneId.of("Asia/Seoul"), SlotMinutes.DEFAULT, owner, NOW);
        shop.addDesigner(owner, designer);
        shops.add(shop);
        return shop.id();
    }

    private MemberId customer(String name, int visits) {
        var member = member(name);
        backOffice.customerAudience().booked(shop, member, NOW);
        for (int i = 0; i < visits; i++) {
            backOffice.customerAudience().visited(shop, member, NOW.plusSeconds(i));
        }
        return member;
    }

    private BrowseCustomers.Page list(MemberId actor, Optional<GroupView> group) {
        return backOffice.browseCustomers().list(new BrowseCustomers.Query(shop, actor, group.map(GroupView::id),
                Optional.empty(), Optional.empty(), 20));
    }

    private GroupView standard(GroupKind kind) {
        return backOffice.manageGroups().list(shop, owner).stream().filter(g -> g.kind() == kind).findFirst()
                .orElseThrow();
    }

    @Test
    void onlyTheShopsOwnerAndDesignersSeeItsCustomers() {
        var mina = customer("Mina", 0);

        assertThat(list(owner, Optional.empty()).items()).extracting(CustomerView::member).containsExactly(mina);
        assertThat(list(designer, Optional.empty()).items()).extracting(CustomerView::member).containsExactly(mina);
        assertThatThrownBy(() -> list(otherDesigner, Optional.empty())).isInstanceOf(ShopNotFound.class);
        assertThatThrownBy(() -> list(mina, Optional.empty())).isInstanceOf(ShopNotFound.class);
        assertThatThrownBy(() -> backOffice.browseCustomers().show(otherShop, otherOwner, mina))
                .isInstanceOf(CustomerNotFound.class);
    }

    @Test
    void aGroupWithMinVisitsAlsoHoldsEveryoneWithEnoughVisitsAsOfTheRead() {
        var regulars = backOffice.manageGroups().create(shop, owner, "Regulars", Optional.of(2));
        var once = customer("Once", 1);
        var twice = customer("Twice", 2);

        assertThat(list(owner, Optional.of(regulars)).items()).extracting(CustomerView::member).containsExactly(twice);
        backOffice.customerAudience().visited(shop, once, NOW.plusSeconds(60));

        assertThat(list(owner, Optional.of(regulars)).items()).extracting(CustomerView::member)
                .containsExactlyInAnyOrder(once, twice);
        assertThat(backOffice.manageGroups().list(shop, owner)).filteredOn(g -> g.id().equals(regulars.id()))
                .extracting(GroupView::memberCount).containsExactly(2L);
        assertThat(backOffice.browseCustomers().show(shop, designer, once).groups()).contains(regulars.id());
        assertThat(backOffice.browseCustomers().show(shop, designer, once).lastVisitAt()).contains(NOW.plusSeconds(60));
    }

    @Test
    void onlyCustomersJoinGroupsAndOnlyTheOwnerPutsThemThere() {
        var vip = standard(GroupKind.VIP);
        var mina = customer("Mina", 0);
        var stranger = member("Stranger");

        assertThatThrownBy(() -> backOffice.manageGroups().addMembers(shop, owner, vip.id(), Set.of(mina, stranger)))
                .isInstanceOf(NotACustomer.class);
        assertThat(standard(GroupKind.VIP).memberCount()).isZero();
        assertThatThrownBy(() -> backOffice.manageGroups().addMembers(shop, designer, vip.id(), Set.of(mina)))
                .isInstanceOf(NotShopOwner.class);
        assertThatThrownBy(() -> backOffice.manageGroups().addMembers(shop, owner, vip.id(), Set.of()))
                .isInstanceOf(InvalidValue.class);

        var added = backOffice.manageGroups().addMembers(shop, owner, vip.id(), Set.of(mina));
        assertThat(added.memberCount()).isEqualTo(1);
        backOffice.manageGroups().removeMember(shop, owner, vip.id(), mina);
        assertThat(standard(GroupKind.VIP).memberCount()).isZero();
    }

    @Test
    void groupNamesAreUniqueWithinAShopStandardNamesIncluded() {
        backOffice.manageGroups().create(shop, owner, "Wedding", Optional.empty());

        assertThatThrownBy(() -> backOffice.manageGroups().create(shop, owner, "wedding", Optional.empty()))
                .isInstanceOf(GroupNameTaken.class);
        assertThatThrownBy(() -> backOffice.manageGroups().create(shop, owner, "vip", Optional.empty()))
                .isInstanceOf(GroupNameTaken.class);
        assertThat(backOffice.manageGroups().create(otherShop, otherOwner, "Wedding", Optional.empty()).kind())
                .isEqualTo(GroupKind.CUSTOM);
        assertThat(backOffice.manageGroups().list(shop, designer)).extracting(GroupView::kind)
                .containsExactly(GroupKind.VIP, GroupKind.FREQUENT, GroupKind.BLACKLIST, GroupKind.CUSTOM);
    }

    @Test
    void blacklistedCustomersAreLeftOutOfEveryGroupMessageButTheBlacklistsOwn() {
        var vip = standard(GroupKind.VIP);
        var blacklist = standard(GroupKind.BLACKLIST);
        var good = customer("Good", 0);
        var bad = customer("Bad", 0);
        backOffice.manageGroups().addMembers(shop, owner, vip.id(), Set.of(good, bad));
        backOffice.manageGroups().addMembers(shop, owner, blacklist.id(), Set.of(bad));

        assertThat(backOffice.customerAudience().recipients(shop, vip.id())).containsExactly(good);
        assertThat(backOffice.customerAudience().recipients(shop, blacklist.id())).containsExactly(bad);
        assertThat(backOffice.customerAudience().isBlacklisted(shop, bad)).isTrue();
        assertThat(backOffice.customerAudience().isBlacklisted(shop, good)).isFalse();
        assertThat(backOffice.customerAudience().isBlacklisted(otherShop, bad)).isFalse();
        assertThat(blacklist.id()).isEqualTo(CustomerGroup.standardId(shop, GroupKind.BLACKLIST));
    }

    @Test
    void aRoomWithAShopsStaffMakesTheOthersItsCustomers() {
        var guest = member("Guest");

        backOffice.customerAudience().roomOpened(Set.of(designer, guest), NOW);

        assertThat(backOffice.browseCustomers().show(shop, owner, guest).name()).contains("Guest");
        assertThatThrownBy(() -> backOffice.browseCustomers().show(shop, owner, designer))
                .isInstanceOf(CustomerNotFound.class);
        assertThatThrownBy(() -> backOffice.browseCustomers().show(otherShop, otherOwner, guest))
                .isInstanceOf(CustomerNotFound.class);
    }

    @Test
    void theMemoIsTheShopsOwnAndHasALimit() {
        var mina = customer("Mina", 0);

        assertThat(backOffice.browseCustomers().writeMemo(shop, designer, mina, "allergic to latex").memo())
                .isEqualTo("allergic to latex");
        assertThatThrownBy(() -> backOffice.browseCustomers().writeMemo(shop, owner, mina, "x".repeat(2_001)))
                .isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> backOffice.browseCustomers().writeMemo(shop, owner, member("Nobody"), "hi"))
                .isInstanceOf(CustomerNotFound.class);
        assertThat(backOffice.browseCustomers().show(shop, owner, mina).memo()).isEqualTo("allergic to latex");
    }

    @Test
    void pagesFollowTheirCursor() {
        for (int i = 0; i < 25; i++) {
            customer("C" + i, 0);
        }
        var first = list(owner, Optional.empty());
        var second = backOffice.browseCustomers().list(new BrowseCustomers.Query(shop, owner, Optional.empty(),
                Optional.empty(), first.nextCursor(), 20));

        assertThat(first.items()).hasSize(20);
        assertThat(second.items()).hasSize(5);
        assertThat(second.nextCursor()).isEmpty();
        assertThatThrownBy(() -> backOffice.browseCustomers().list(new BrowseCustomers.Query(shop, owner,
                Optional.empty(), Optional.empty(), Optional.of("not-a-cursor"), 20))).isInstanceOf(InvalidValue.class);
    }
}
