package io.parlor.adapters.http.membership;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.parlor.adapters.http.membership.MembershipResponses.MemberResponse;
import io.parlor.adapters.http.membership.MembershipResponses.ShopResponse;
import io.parlor.adapters.http.security.Caller;
import io.parlor.application.membership.port.in.BrowseShops;
import io.parlor.application.membership.port.in.ChangePassword;
import io.parlor.application.membership.port.in.ShowProfile;
import io.parlor.application.membership.port.in.UpdateProfile;
import io.parlor.application.membership.port.in.Withdraw;
import io.parlor.domain.membership.MemberName;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;

/** The caller's own account: profile, password, withdrawal, and the shops it works for. */
@Controller("/me")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
@ExecuteOn(TaskExecutors.BLOCKING)
class MeController {

    @Serdeable
    record ProfileChange(@Nullable String name, @Nullable String phone) {
    }

    @Serdeable
    record PasswordChange(@NotNull String currentPassword, @NotNull String newPassword) {
    }

    @Serdeable
    record WithdrawRequest(@NotNull String password) {
    }

    private final ShowProfile showProfile;
    private final UpdateProfile updateProfile;
    private final ChangePassword changePassword;
    private final Withdraw withdraw;
    private final BrowseShops browseShops;

    MeController(ShowProfile showProfile, UpdateProfile updateProfile, ChangePassword changePassword,
                 Withdraw withdraw, BrowseShops browseShops) {
        this.browseShops = browseShops;
        this.showProfile = showProfile;
        this.updateProfile = updateProfile;
        this.changePassword = changePassword;
        this.withdraw = withdraw;
    }

    @Get
    MemberResponse show(Authentication caller) {
        return MemberResponse.of(showProfile.show(new ShowProfile.Query(Caller.memberOf(caller))));
    }

    /** The shops the caller owns or designs for, by name. */
    @Get("/shops")
    List<ShopResponse> shops(Authentication caller) {
        return browseShops.staffedBy(Caller.memberOf(caller)).stream().map(ShopResponse::of).toList();
    }

    @Patch
    MemberResponse update(Authentication caller, @Body @Valid ProfileChange change) {
        return MemberResponse.of(updateProfile.update(new UpdateProfile.Command(Caller.memberOf(caller),
                Optional.ofNullable(change.name()).map(MemberName::new), Optional.ofNullable(change.phone()))));
    }

    @Put("/password")
    @Status(HttpStatus.NO_CONTENT)
    void changePassword(Authentication caller, @Body @Valid PasswordChange change) {
        changePassword.change(new ChangePassword.Command(Caller.memberOf(caller), change.currentPassword(),
                change.newPassword()));
    }

    @Delete
    @Status(HttpStatus.NO_CONTENT)
    void withdraw(Authentication caller, @Body @Valid WithdrawRequest request) {
        withdraw.withdraw(new Withdraw.Command(Caller.memberOf(caller), request.password()));
    }
}
