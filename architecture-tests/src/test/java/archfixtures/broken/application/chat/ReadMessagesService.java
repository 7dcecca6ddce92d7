package archfixtures.broken.application.chat;

import archfixtures.broken.application.chat.port.in.ReadMessages;
import java.util.List;

/** Breaks: use-case services are not public. */
public final class ReadMessagesService implements ReadMessages {

    @Override
    public List<String> read(String room) {
        return List.of();
    }
}
