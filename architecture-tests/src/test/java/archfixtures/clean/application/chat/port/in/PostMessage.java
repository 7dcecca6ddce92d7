package archfixtures.clean.application.chat.port.in;

import archfixtures.clean.domain.chat.MessagePosted;
import archfixtures.clean.domain.chat.RoomId;
import archfixtures.clean.domain.membership.MemberId;

public interface PostMessage {

    MessagePosted post(Command command);

    record Command(RoomId room, MemberId author, String text) {
    }
}
