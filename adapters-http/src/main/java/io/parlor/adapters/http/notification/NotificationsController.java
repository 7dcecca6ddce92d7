package io.parlor.adapters.http.notification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.parlor.adapters.http.notification.NotificationResponses.PageResponse;
import io.parlor.adapters.http.security.Caller;
import io.parlor.application.notification.port.in.ChangeNotifications;
import io.parlor.application.notification.port.in.ListNotifications;
import io.parlor.domain.notification.NotificationId;
import io.parlor.domain.notification.NotificationNotFound;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.util.Optional;
import java.util.UUID;

/** The caller's inbox: a page, and reading or deleting one notification or all. */
@Controller("/notifications")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
@ExecuteOn(TaskExecutors.BLOCKING)
class NotificationsController {

    private final ListNotifications list;
    private final ChangeNotifications change;

    NotificationsController(ListNotifications list, ChangeNotifications change) {
        this.list = list;
        this.change = change;
    }

    /** Newest first; {@code limit} defaults to 20 and counts as 100 above 100. */
    @Get
    PageResponse page(Authentication caller, @Nullable @QueryValue Boolean unreadOnly,
                      @Nullable @QueryValue String cursor, @Nullable @QueryValue Integer limit) {
        return PageResponse.of(list.list(new ListNotifications.Query(Caller.memberOf(caller),
                Boolean.TRUE.equals(unreadOnly), Optional.ofNullable(cursor),
                limit == null ? ListNotifications.DEFAULT_LIMIT : limit)));
    }

    @Post("/{id}/read")
    @Status(HttpStatus.NO_CONTENT)
    void read(Authentication caller, String id) {
        change.markRead(Caller.memberOf(caller), Optional.of(notification(id)));
    }

    @Post("/read-all")
    @Status(HttpStatus.NO_CONTENT)
    void readAll(Authentication caller) {
        change.markRead(Caller.memberOf(caller), Optional.empty());
    }

    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    void delete(Authentication caller, String id) {
        change.delete(Caller.memberOf(caller), Optional.of(notification(id)));
    }

    @Delete
    @Status(HttpStatus.NO_CONTENT)
    void deleteAll(Authentication caller) {
        change.delete(Caller.memberOf(caller), Optional.empty());
    }

    /** An id that cannot be one names no notification. */
    private static NotificationId notification(String raw) {
        try {
            return new NotificationId(UUID.fromString(raw));
        } catch (IllegalArgumentException notAnId) {
            throw new NotificationNotFound();
        }
    }
}
