package io.parlor.adapters.http.membership;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.parlor.adapters.http.membership.BackOfficeResponses.CustomerPageResponse;
import io.parlor.adapters.http.membership.BackOfficeResponses.CustomerResponse;
import io.parlor.adapters.http.security.Caller;
import io.parlor.application.membership.port.in.BrowseCustomers;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;

/** A shop's customers, for its owner and designers; anyone else is told the shop does not exist. */
@Controller("/shops/{shopId}/customers")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
@ExecuteOn(TaskExecutors.BLOCKING)
class ShopCustomersController {

    @Serdeable
    record MemoRequest(@NotNull String memo) {
    }

    private final BrowseCustomers browse;

    ShopCustomersController(BrowseCustomers browse) {
        this.browse = browse;
    }

    /** {@code q} matches name (without case) or phone; {@code limit} defaults to 20 and counts as 100 above 100. */
    @Get
    CustomerPageResponse list(Authentication caller, String shopId, @Nullable @QueryValue String group,
                              @Nullable @QueryValue String q, @Nullable @QueryValue String cursor,
                              @Nullable @QueryValue Integer limit) {
        return CustomerPageResponse.of(browse.list(new BrowseCustomers.Query(PathIds.shop(shopId),
                Caller.memberOf(caller), Optional.ofNullable(group).map(PathIds::group), Optional.ofNullable(q),
                Optional.ofNullable(cursor), limit == null ? BrowseCustomers.DEFAULT_LIMIT : limit)));
    }

    @Get("/{memberId}")
    CustomerResponse show(Authentication caller, String shopId, String memberId) {
        return CustomerResponse.of(browse.show(PathIds.shop(shopId), Caller.memberOf(caller),
                PathIds.customer(memberId)));
    }

    @Put("/{memberId}/memo")
    CustomerResponse memo(Authentication caller, String shopId, String memberId, @Body @Valid MemoRequest request) {
        return CustomerResponse.of(browse.writeMemo(PathIds.shop(shopId), Caller.memberOf(caller),
                PathIds.customer(memberId), request.memo()));
    }
}
