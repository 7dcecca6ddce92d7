package io.parlor.adapters.http.notification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.parlor.adapters.http.security.Caller;
import io.parlor.application.notification.port.in.SendGroupMessage;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.util.Optional;

/** The owner messages a group of customers; the sends follow the answer, from the deadline store. */
@Controller("/shops/{shopId}/groups/{groupId}/messages")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
@ExecuteOn(TaskExecutors.BLOCKING)
class GroupMessagesController {

    @Serdeable
    record GroupMessage(@Nullable String templateId, @Nullable String message) {
    }

    @Serdeable
    record Accepted(int recipients) {
    }

    private final SendGroupMessage send;

    GroupMessagesController(SendGroupMessage send) {
        this.send = send;
    }

    /** A retry with the same {@code Idempotency-Key} sends nothing twice. */
    @Post
    @Status(HttpStatus.ACCEPTED)
    Accepted send(Authentication caller, String shopId, String groupId, @Body GroupMessage request,
                  @Nullable @Header("Idempotency-Key") String idempotencyKey) {
        return new Accepted(send.send(new SendGroupMessage.Command(ShopIds.shop(shopId), Caller.memberOf(caller),
                ShopIds.group(groupId), Optional.ofNullable(request.templateId()).map(ShopIds::template),
                Optional.ofNullable(request.message()), Optional.ofNullable(idempotencyKey))));
    }
}
