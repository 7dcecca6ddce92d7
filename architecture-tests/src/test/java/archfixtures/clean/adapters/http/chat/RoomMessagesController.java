package archfixtures.clean.adapters.http.chat;

import archfixtures.clean.application.chat.port.in.PostMessage;
import archfixtures.clean.domain.chat.MessagePosted;
import archfixtures.clean.domain.chat.RoomId;
import archfixtures.clean.domain.membership.MemberId;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.UUID;

@Controller("/rooms/{roomId}/messages")
@Secured(SecurityRule.IS_AUTHENTICATED)
final class RoomMessagesController {

    private final PostMessage postMessage;

    RoomMessagesController(PostMessage postMessage) {
        this.postMessage = postMessage;
    }

    @Post
    MessageResponse post(UUID roomId, @Body MessageRequest request) {
        MessagePosted posted = postMessage.post(
                new PostMessage.Command(new RoomId(roomId), new MemberId(request.author()), request.text()));
        return new MessageResponse(posted.text(), posted.at().toString());
    }

    record MessageRequest(UUID author, String text) {
    }

    record MessageResponse(String text, String at) {
    }
}
