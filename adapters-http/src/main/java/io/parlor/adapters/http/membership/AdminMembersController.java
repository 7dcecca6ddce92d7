package io.parlor.adapters.http.membership;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.parlor.adapters.http.membership.MembershipResponses.MemberResponse;
import io.parlor.adapters.http.security.Caller;
import io.parlor.application.membership.port.in.BlockMember;
import io.parlor.application.membership.port.in.UnblockMember;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.Instant;
import java.util.Optional;

/** Blocking and unblocking members; the use cases check that the caller is an administrator. */
@Controller("/admin/members/{memberId}/block")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
@ExecuteOn(TaskExecutors.BLOCKING)
class AdminMembersController {

    @Serdeable
    record BlockRequest(@NotBlank String reason, @Nullable Instant until) {
    }

    private final BlockMember blockMember;
    private final UnblockMember unblockMember;

    AdminMembersController(BlockMember blockMember, UnblockMember unblockMember) {
        this.blockMember = blockMember;
        this.unblockMember = unblockMember;
    }

    @Post
    MemberResponse block(Authentication caller, String memberId, @Body @Valid BlockRequest request) {
        return MemberResponse.of(blockMember.block(new BlockMember.Command(Caller.memberOf(caller),
                PathIds.member(memberId), request.reason(), Optional.ofNullable(request.until()))));
    }

    @Delete
    MemberResponse unblock(Authentication caller, String memberId) {
        return MemberResponse.of(unblockMember.unblock(new UnblockMember.Command(Caller.memberOf(caller),
                PathIds.member(memberId))));
    }
}
