package io.parlor.domain.membership;

import io.parlor.domain.shared.NotShopOwner;
import static io.parlor.domain.membership.MemberFixtures.NOW;
import static io.parlor.domain.membership.MemberFixtures.anyMemberId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parlor.domain.shared.InvalidValue;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ShopTest {

    private final MemberId owner = anyMemberId();
    private final Shop shop = Shop.open(new ShopId(UUID.randomUUID()), new ShopCode("aB3-x_9q"),
            new ShopName("Salon Ana"), ZoneId.of("Asia/Seoul"), SlotMinutes.DEFAULT, owner, NOW);

    @Test
    void theOwnerAddsDesignersOnce() {
        var designer = anyMemberId();

        boolean first = shop.addDesigner(owner, designer);
        boolean second = shop.addDesigner(owner, designer);

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(shop.staffRoleOf(designer)).contains(Role.DESIGNER);
        assertThat(shop.staffRoleOf(owner)).contains(Role.OWNER);
        assertThat(shop.staffRoleOf(anyMemberId())).isEmpty();
    }

    @Test
    void onlyTheOwnerAddsDesigners() {
        var designer = anyMemberId();
        shop.addDesigner(owner, designer);

        assertThatThrownBy(() -> shop.addDesigner(designer, anyMemberId())).isInstanceOf(NotShopOwner.class);
    }

    @Test
    void slotsDivideTheDay() {
        assertThat(new SlotMinutes(15).value()).isEqualTo(15);
        assertThatThrownBy(() -> new SlotMinutes(7)).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new SlotMinutes(240)).isInstanceOf(InvalidValue.class);
    }

    @Test
    void timeZonesAreRegions() {
        assertThat(TimeZones.parse("Europe/Paris")).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThatThrownBy(() -> TimeZones.parse("Mars/Olympus")).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> TimeZones.parse("+02:00")).isInstanceOf(InvalidValue.class);
    }

    @Test
    void reconstitutionKeepsEveryField() {
        shop.addDesigner(owner, anyMemberId());

        var copy = Shop.reconstitute(shop.state());

        assertThat(copy.state()).isEqualTo(shop.state());
    }
}
