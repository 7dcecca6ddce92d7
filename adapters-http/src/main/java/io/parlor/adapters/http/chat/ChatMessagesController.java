package io.parlor.adapters.http.chat;

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
import io.parlor.adapters.http.chat.ChatRequests.ReadUpTo;
import io.parlor.adapters.http.chat.ChatResponses.MessageResponse;
import io.parlor.adapters.http.security.Caller;
import io.parlor.application.chat.port.in.ListMessages;
import io.parlor.application.chat.port.in.MarkRead;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;

/** A room's history, paged by seq, and the caller's read mark. */
@Controller("/chat/rooms/{roomId}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
@ExecuteOn(TaskExecutors.BLOCKING)
class ChatMessagesController {

    private final ListMessages listMessages;
    private final MarkRead markRead;

    ChatMessagesController(ListMessages listMessages, MarkRead markRead) {
        this.listMessages = listMessages;
        this.markRead = markRead;
    }

    /** Ascending by seq: the newest {@code limit} by default, or a page before or after a seq. */
    @Get("/messages")
    List<MessageResponse> history(Authentication caller, String roomId, @Nullable @QueryValue Integer limit,
                                  @Nullable @QueryValue Long beforeSeq, @Nullable @QueryValue Long afterSeq) {
        return listMessages.list(new ListMessages.Query(ChatIds.room(roomId), Caller.memberOf(caller),
                        Optional.ofNullable(limit), Optional.ofNullable(beforeSeq), Optional.ofNullable(afterSeq)))
                .stream().map(MessageResponse::of).toList();
    }

    @Post("/read")
    @Status(HttpStatus.NO_CONTENT)
    void read(Authentication caller, String roomId, @Body @Valid ReadUpTo request) {
        markRead.markRead(new MarkRead.Command(ChatIds.room(roomId), Caller.memberOf(caller), request.seq()));
    }
}
