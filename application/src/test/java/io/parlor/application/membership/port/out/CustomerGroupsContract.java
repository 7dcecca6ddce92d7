package io.parlor.application.membership.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.parlor.domain.membership.CustomerGroup;
import io.parlor.domain.membership.GroupId;
import io.parlor.domain.membership.ShopId;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link CustomerGroups} store does. */
public abstract class CustomerGroupsContract {

    protected abstract CustomerGroups newSubject();

    /** A shop the store may refer to; a relational subclass overrides it to create one first. */
    protected ShopId existingShop() {
        return new ShopId(UUID.randomUUID());
    }

    private static CustomerGroup group(ShopId shop, String name, Integer minVisits) {
        return CustomerGroup.custom(new GroupId(UUID.randomUUID()), shop, name, Optional.ofNullable(minVisits));
    }

    @Test
    void readsBackEveryFieldInNameOrder() {
        var groups = newSubject();
        var shop = existingShop();
        var wedding = group(shop, "Wedding", null);
        var regulars = group(shop, "Regulars", 4);

        assertThat(groups.add(wedding)).isTrue();
        assertThat(groups.add(regulars)).isTrue();

        assertThat(groups.ofShop(shop)).containsExactly(regulars, wedding);
        assertThat(groups.find(shop, regulars.id())).contains(regulars);
        assertThat(groups.ofShop(existingShop())).isEmpty();
        assertThat(groups.find(existingShop(), regulars.id())).isEmpty();
    }

    @Test
    void aNameIsTakenWithinAShopWhateverItsCase() {
        var groups = newSubject();
        var shop = existingShop();
        groups.add(group(shop, "Wedding", null));

        boolean again = groups.add(group(shop, "WEDDING", 2));
        boolean elsewhere = groups.add(group(existingShop(), "Wedding", null));

        assertThat(again).isFalse();
        assertThat(elsewhere).isTrue();
        assertThat(groups.ofShop(shop)).hasSize(1);
    }
}
