package archfixtures.clean.application.chat.port.out;

import archfixtures.clean.domain.chat.MessagePosted;

public interface RoomFanOut {

    void deliver(MessagePosted event);
}
