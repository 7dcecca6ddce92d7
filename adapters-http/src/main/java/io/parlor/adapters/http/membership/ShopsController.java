package io.parlor.adapters.http.membership;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.parlor.adapters.http.membership.MembershipResponses.ShopProfileResponse;
import io.parlor.adapters.http.membership.MembershipResponses.ShopResponse;
import io.parlor.adapters.http.security.Caller;
import io.parlor.application.membership.port.in.AddDesigner;
import io.parlor.application.membership.port.in.BrowseShops;
import io.parlor.application.membership.port.in.CreateShop;
import io.parlor.domain.membership.ShopCode;
import io.parlor.domain.membership.ShopName;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.Map;
import java.util.Optional;

/** Shops and their staff; the use cases check that the caller may act on the shop. */
@Controller("/shops")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
@ExecuteOn(TaskExecutors.BLOCKING)
class ShopsController {

    @Serdeable
    record NewShop(@NotBlank String name, @NotBlank String timeZone, @Nullable Integer slotMinutes) {
    }

    @Serdeable
    record NewDesigner(@NotBlank String memberId) {
    }

    private final CreateShop createShop;
    private final AddDesigner addDesigner;
    private final BrowseShops browseShops;

    ShopsController(CreateShop createShop, AddDesigner addDesigner, BrowseShops browseShops) {
        this.createShop = createShop;
        this.addDesigner = addDesigner;
        this.browseShops = browseShops;
    }

    /** The shop whose login-link code an owner handed out, as a customer finds it. */
    @Get
    ShopProfileResponse findByCode(Authentication caller, @QueryValue String code) {
        return ShopProfileResponse.of(browseShops.byCode(Caller.memberOf(caller), new ShopCode(code)));
    }

    @Get("/{shopId}")
    ShopProfileResponse show(Authentication caller, String shopId) {
        return ShopProfileResponse.of(browseShops.byId(Caller.memberOf(caller), PathIds.shop(shopId)));
    }

    @Post
    @Status(HttpStatus.CREATED)
    ShopResponse create(Authentication caller, @Body @Valid NewShop request) {
        return ShopResponse.of(createShop.create(new CreateShop.Command(Caller.memberOf(caller),
                new ShopName(request.name()), request.timeZone(), Optional.ofNullable(request.slotMinutes()))));
    }

    @Post("/{shopId}/designers")
    @Status(HttpStatus.CREATED)
    Map<String, Object> addDesigner(Authentication caller, String shopId, @Body @Valid NewDesigner request) {
        var designer = PathIds.member(request.memberId());
        boolean added = addDesigner.add(new AddDesigner.Command(Caller.memberOf(caller), PathIds.shop(shopId), designer));
        return Map.of("shopId", shopId, "memberId", designer.value().toString(), "added", added);
    }
}
