package io.parlor.application.membership;

import static io.parlor.application.membership.MembershipFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.parlor.application.membership.port.in.AddDesigner;
import io.parlor.application.membership.port.in.BrowseShops;
import io.parlor.application.membership.port.in.CreateShop;
import io.parlor.application.membership.port.in.ShopView;
import io.parlor.application.membership.port.in.ShowProfile;
import io.parlor.domain.membership.EmailNotVerified;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.Role;
import io.parlor.domain.membership.ShopCode;
import io.parlor.domain.membership.ShopName;
import io.parlor.domain.shared.InvalidValue;
import io.parlor.domain.shared.NotShopOwner;
import io.parlor.domain.shared.ShopNotFound;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ShopStaffTest {

    private final MembershipFixture fixture = new MembershipFixture();
    private final MemberId owner = fixture.activeMember("owner@example.com").id();

    private ShopView createShop(MemberId creator, String zone, Optional<Integer> slot) {
        return fixture.useCases.createShop().create(new CreateShop.Command(creator, new ShopName("Salon Ana"), zone,
                slot));
    }

    private boolean addDesigner(MemberId actor, ShopView shop, MemberId designer) {
        return fixture.useCases.addDesigner().add(new AddDesigner.Command(actor, shop.id(), designer));
    }

    @Test
    void theCreatorOwnsTheNewShop() {
        var shop = createShop(owner, "Asia/Seoul", Optional.empty());

        var profile = fixture.useCases.showProfile().show(new ShowProfile.Query(owner));

        assertThat(shop.slotMinutes()).isEqualTo(30);
        assertThat(shop.timeZone()).isEqualTo("Asia/Seoul");
        assertThat(shop.code()).matches("[A-Za-z0-9_-]{8}");
        assertThat(profile.roles()).containsExactlyInAnyOrder(Role.CUSTOMER, Role.OWNER);
    }

    @Test
    void refusesAnUnknownTimeZoneOrSlotLength() {
        assertThatThrownBy(() -> createShop(owner, "Mars/Olympus", Optional.empty())).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> createShop(owner, "Asia/Seoul", Optional.of(25))).isInstanceOf(InvalidValue.class);
    }

    @Test
    void aPendingMemberCannotOpenAShop() {
        var pending = fixture.signUp("pending@example.com").id();

        assertThatThrownBy(() -> createShop(pending, "Asia/Seoul", Optional.empty()))
                .isInstanceOf(EmailNotVerified.class);
    }

    @Test
    void theOwnerAddsADesignerWhoseTokenThenCarriesTheRole() {
        var shop = createShop(owner, "Asia/Seoul", Optional.of(15));
        var designer = fixture.activeMember("designer@example.com").id();

        boolean added = addDesigner(owner, shop, designer);

        var tokens = fixture.logIn("designer@example.com", PASSWORD);
        assertThat(added).isTrue();
        assertThat(addDesigner(owner, shop, designer)).isFalse();
        assertThat(fixture.accessTokens.grantOf(tokens.accessToken()).orElseThrow().roles())
                .containsExactlyInAnyOrder(Role.CUSTOMER, Role.DESIGNER);
        assertThat(fixture.shops.findById(shop.id()).orElseThrow().staffRoleOf(designer)).contains(Role.DESIGNER);
    }

    @Test
    void onlyTheOwnerOfThatShopAddsDesigners() {
        var shop = createShop(owner, "Asia/Seoul", Optional.empty());
        var otherOwner = fixture.activeMember("other@example.com").id();
        createShop(otherOwner, "Europe/Paris", Optional.empty());
        var designer = fixture.activeMember("designer@example.com").id();

        assertThatThrownBy(() -> addDesigner(otherOwner, shop, designer)).isInstanceOf(NotShopOwner.class)
                .extracting(e -> ((NotShopOwner) e).code()).isEqualTo("not-shop-owner");
        assertThat(fixture.shops.findById(shop.id()).orElseThrow().staffRoleOf(designer)).isEmpty();
    }

    @Test
    void anActiveMemberReadsAShopByIdOrCodeWithItsOwnerFirst() {
        var shop = createShop(owner, "Asia/Seoul", Optional.of(15));
        var designer = fixture.activeMember("designer@example.com").id();
        addDesigner(owner, shop, designer);
        var customer = fixture.activeMember("customer@example.com").id();

        var byId = fixture.useCases.browseShops().byId(customer, shop.id());
        var byCode = fixture.useCases.browseShops().byCode(customer, new ShopCode(shop.code()));

        assertThat(byId).isEqualTo(byCode);
        assertThat(byId.shop()).isEqualTo(shop);
        assertThat(byId.staff()).extracting(BrowseShops.Staff::member, BrowseShops.Staff::role)
                .containsExactly(tuple(owner, Role.OWNER), tuple(designer, Role.DESIGNER));
    }

    @Test
    void anUnknownShopOrAnInactiveReaderIsRefused() {
        var shop = createShop(owner, "Asia/Seoul", Optional.empty());
        var pending = fixture.signUp("pending@example.com").id();
        var browse = fixture.useCases.browseShops();

        assertThatThrownBy(() -> browse.byCode(owner, new ShopCode("nosuchcd"))).isInstanceOf(ShopNotFound.class);
        assertThatThrownBy(() -> browse.byId(pending, shop.id())).isInstanceOf(EmailNotVerified.class);
    }

    @Test
    void staffSeeTheShopsTheyWorkForAndNoOthers() {
        var salon = createShop(owner, "Asia/Seoul", Optional.empty());
        createShop(fixture.activeMember("other@example.com").id(), "Europe/Paris", Optional.empty());
        var designer = fixture.activeMember("designer@example.com").id();
        addDesigner(owner, salon, designer);

        assertThat(fixture.useCases.browseShops().staffedBy(owner)).containsExactly(salon);
        assertThat(fixture.useCases.browseShops().staffedBy(designer)).containsExactly(salon);
        assertThat(fixture.useCases.browseShops().staffedBy(fixture.activeMember("c@example.com").id())).isEmpty();
    }
}
