package io.parlor.adapters.http.membership;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.parlor.adapters.http.membership.BackOfficeResponses.GroupResponse;
import io.parlor.adapters.http.security.Caller;
import io.parlor.application.membership.port.in.ManageGroups;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.MemberNotFound;
import io.parlor.domain.membership.NotACustomer;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/** A shop's customer groups: its staff lists them, its owner makes them and puts customers in and out. */
@Controller("/shops/{shopId}/groups")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
@ExecuteOn(TaskExecutors.BLOCKING)
class ShopGroupsController {

    @Serdeable
    record NewGroup(@NotBlank String name, @Nullable Integer minVisits) {
    }

    @Serdeable
    record NewMembers(@NotNull List<@NotNull String> memberIds) {
    }

    private final ManageGroups groups;

    ShopGroupsController(ManageGroups groups) {
        this.groups = groups;
    }

    @Get
    List<GroupResponse> list(Authentication caller, String shopId) {
        return groups.list(PathIds.shop(shopId), Caller.memberOf(caller)).stream().map(GroupResponse::of).toList();
    }

    @Post
    @Status(HttpStatus.CREATED)
    GroupResponse create(Authentication caller, String shopId, @Body @Valid NewGroup request) {
        return GroupResponse.of(groups.create(PathIds.shop(shopId), Caller.memberOf(caller), request.name(),
                Optional.ofNullable(request.minVisits())));
    }

    /** An id that cannot be a member's is no customer of the shop either. */
    @Post("/{groupId}/members")
    GroupResponse addMembers(Authentication caller, String shopId, String groupId,
                             @Body @Valid NewMembers request) {
        var members = new LinkedHashSet<MemberId>();
        for (String raw : request.memberIds()) {
            try {
                members.add(PathIds.member(raw));
            } catch (MemberNotFound notAnId) {
                throw new NotACustomer();
            }
        }
        return GroupResponse.of(groups.addMembers(PathIds.shop(shopId), Caller.memberOf(caller),
                PathIds.group(groupId), members));
    }

    @Delete("/{groupId}/members/{memberId}")
    @Status(HttpStatus.NO_CONTENT)
    void removeMember(Authentication caller, String shopId, String groupId, String memberId) {
        groups.removeMember(PathIds.shop(shopId), Caller.memberOf(caller), PathIds.group(groupId),
                PathIds.customer(memberId));
    }
}
