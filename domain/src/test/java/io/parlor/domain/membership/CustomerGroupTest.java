package io.parlor.domain.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parlor.domain.shared.InvalidValue;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CustomerGroupTest {

    private final ShopId shop = new ShopId(UUID.randomUUID());

    @Test
    void aGroupWithARuleHoldsEveryCustomerWithEnoughVisitsAndThoseAddedByHand() {
        var regulars = CustomerGroup.custom(new GroupId(UUID.randomUUID()), shop, "Regulars", Optional.of(3));

        assertThat(regulars.holds(false, 2)).isFalse();
        assertThat(regulars.holds(false, 3)).isTrue();
        assertThat(regulars.holds(false, 40)).isTrue();
        assertThat(regulars.holds(true, 0)).isTrue();
    }

    @Test
    void aGroupWithoutARuleHoldsOnlyThoseAddedByHand() {
        var friends = CustomerGroup.custom(new GroupId(UUID.randomUUID()), shop, "Friends", Optional.empty());

        assertThat(friends.holds(false, 1_000)).isFalse();
        assertThat(friends.holds(true, 0)).isTrue();
    }

    @Test
    void everyShopHasTheThreeStandardGroupsUnderIdsOfItsOwn() {
        var groups = CustomerGroup.defaultsOf(shop);
        var other = CustomerGroup.defaultsOf(new ShopId(UUID.randomUUID()));

        assertThat(groups).extracting(CustomerGroup::kind)
                .containsExactly(GroupKind.VIP, GroupKind.FREQUENT, GroupKind.BLACKLIST);
        assertThat(groups).extracting(CustomerGroup::id).doesNotContainAnyElementsOf(
                other.stream().map(CustomerGroup::id).toList());
        assertThat(CustomerGroup.defaultsOf(shop)).isEqualTo(groups);
        assertThat(groups.get(1).minVisits()).contains(CustomerGroup.FREQUENT_MIN_VISITS);
        assertThat(groups.get(0).minVisits()).isEmpty();
        assertThatThrownBy(() -> CustomerGroup.standardId(shop, GroupKind.CUSTOM))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void namesAreComparedWithoutCaseAndMustBeShortAndPrintable() {
        var group = CustomerGroup.custom(new GroupId(UUID.randomUUID()), shop, "  Wedding Party ", Optional.empty());

        assertThat(group.name()).isEqualTo("Wedding Party");
        assertThat(group.sameNameAs("wedding party")).isTrue();
        assertThat(group.sameNameAs("wedding")).isFalse();
        assertThatThrownBy(() -> CustomerGroup.custom(group.id(), shop, " ", Optional.empty()))
                .isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> CustomerGroup.custom(group.id(), shop, "x".repeat(51), Optional.empty()))
                .isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> CustomerGroup.custom(group.id(), shop, "a\u0007b", Optional.empty()))
                .isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> CustomerGroup.custom(group.id(), shop, "Zero", Optional.of(0)))
                .isInstanceOf(InvalidValue.class);
    }

    @Test
    void aMemoHoldsAtMostTwoThousandCharacters() {
        assertThat(new CustomerMemo("x".repeat(2_000)).text()).hasSize(2_000);
        assertThat(new CustomerMemo(null)).isEqualTo(CustomerMemo.empty());
        assertThatThrownBy(() -> new CustomerMemo("x".repeat(2_001))).isInstanceOf(InvalidValue.class);
    }
}
