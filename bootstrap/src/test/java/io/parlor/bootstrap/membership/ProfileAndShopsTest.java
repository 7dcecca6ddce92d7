package io.parlor.bootstrap.membership;

import static org.assertj.core.api.Assertions.assertThat;

import io.parlor.application.membership.port.out.ShopCustomers;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProfileAndShopsTest extends MembershipHttpSuite {

    @Inject
    ShopCustomers shopCustomers;

    @Test
    void aMemberReadsAndChangesItsProfile() {
        var email = freshEmail();
        activeMember(email);
        var token = accessToken(email);

        var changed = api.send("PATCH", "/me", Map.of("name", "Ana Lee", "phone", "+82 10 9876 5432"), token);
        var shown = api.get("/me", token);

        assertThat(changed.status()).isEqualTo(200);
        assertThat(shown.json()).containsEntry("name", "Ana Lee").containsEntry("phone", "+82 10 9876 5432")
                .containsEntry("email", email);
    }

    @Test
    void creatingAShopMakesTheCallerItsOwner() {
        var email = freshEmail();
        activeMember(email);

        var shop = api.post("/shops", Map.of("name", "Salon Lumi", "timeZone", "Asia/Seoul"), accessToken(email));
        var me = api.get("/me", accessToken(email));

        assertThat(shop.status()).isEqualTo(201);
        assertThat(shop.json()).containsEntry("name", "Salon Lumi").containsEntry("timeZone", "Asia/Seoul")
                .containsEntry("slotMinutes", 30).containsKeys("id", "code");
        assertThat(me.json().get("roles")).isEqualTo(List.of("CUSTOMER", "OWNER"));
    }

    @Test
    void anUnknownTimeZoneIsAnInvalidField() {
        var email = freshEmail();
        activeMember(email);

        var shop = api.post("/shops", Map.of("name", "Salon", "timeZone", "Mars/Olympus"), accessToken(email));

        assertThat(shop.status()).isEqualTo(400);
        assertThat(shop.code()).isEqualTo("invalid-field");
    }

    @Test
    void onlyTheOwnerAddsDesigners() {
        var owner = freshEmail();
        activeMember(owner);
        var designer = freshEmail();
        var designerId = activeMember(designer);
        var stranger = freshEmail();
        activeMember(stranger);
        var shopId = api.post("/shops", Map.of("name", "Salon", "timeZone", "Asia/Seoul"), accessToken(owner)).text("id");

        var byStranger = api.post("/shops/" + shopId + "/designers", Map.of("memberId", designerId), accessToken(stranger));
        var byOwner = api.post("/shops/" + shopId + "/designers", Map.of("memberId", designerId), accessToken(owner));
        var roles = api.get("/me", accessToken(designer)).json().get("roles");

        assertThat(byStranger.status()).isEqualTo(403);
        assertThat(byOwner.status()).isEqualTo(201);
        assertThat(roles).isEqualTo(List.of("CUSTOMER", "DESIGNER"));
    }

    @Test
    void loggingInThroughAShopLinkRecordsTheCustomer() {
        var owner = freshEmail();
        activeMember(owner);
        var shop = api.post("/shops", Map.of("name", "Salon", "timeZone", "Asia/Seoul"), accessToken(owner));
        var customer = freshEmail();
        var customerId = activeMember(customer);

        var login = api.post("/auth/login", Map.of("email", customer, "password", PASSWORD, "shopCode", shop.text("code")));
        var unknownShop = api.post("/auth/login", Map.of("email", customer, "password", PASSWORD, "shopCode", "nope1234"));

        assertThat(login.status()).isEqualTo(200);
        assertThat(shopCustomers.customerSince(new ShopId(UUID.fromString(shop.text("id"))),
                new MemberId(UUID.fromString(customerId)))).isPresent();
        assertThat(unknownShop.status()).isEqualTo(404);
    }

    @Test
    void anUnknownShopIsNotFound() {
        var email = freshEmail();
        activeMember(email);

        var reply = api.post("/shops/not-a-shop/designers", Map.of("memberId", UUID.randomUUID().toString()),
                accessToken(email));

        assertThat(reply.status()).isEqualTo(404);
    }

    @Test
    void aCustomerFindsAShopByItsCodeWithTheStaffItCanBook() {
        var owner = freshEmail();
        var ownerId = activeMember(owner);
        var designer = freshEmail();
        var designerId = activeMember(designer);
        var shop = api.post("/shops", Map.of("name", "Salon Lumi", "timeZone", "Asia/Seoul"), accessToken(owner));
        api.post("/shops/" + shop.text("id") + "/designers", Map.of("memberId", designerId), accessToken(owner));
        var customer = freshEmail();
        activeMember(customer);

        var byCode = api.get("/shops?code=" + shop.text("code"), accessToken(customer));
        var byId = api.get("/shops/" + shop.text("id"), accessToken(customer));
        var staffed = api.get("/me/shops", accessToken(designer));

        assertThat(byCode.status()).isEqualTo(200);
        assertThat(byCode.json()).isEqualTo(byId.json()).containsEntry("id", shop.text("id"))
                .containsEntry("name", "Salon Lumi").containsEntry("timeZone", "Asia/Seoul");
        assertThat(byCode.json().get("staff")).isEqualTo(List.of(
                Map.of("memberId", ownerId, "name", "Ana Kim", "role", "OWNER"),
                Map.of("memberId", designerId, "name", "Ana Kim", "role", "DESIGNER")));
        assertThat(staffed.status()).isEqualTo(200);
        assertThat(staffed.raw()).startsWith("[").contains("\"id\":\"" + shop.text("id") + "\"");
        assertThat(api.get("/me/shops", accessToken(customer)).raw()).isEqualTo("[]");
    }

    @Test
    void anUnknownOrMalformedShopCodeIsRefusedAndStrangersMustLogIn() {
        var email = freshEmail();
        activeMember(email);

        var unknown = api.get("/shops?code=nosuchcode", accessToken(email));
        var malformed = api.get("/shops?code=%3Cx%3E", accessToken(email));
        var anonymous = api.get("/shops?code=nosuchcode", null);

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("shop-not-found");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(anonymous.status()).isEqualTo(401);
    }
}
