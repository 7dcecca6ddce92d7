package archfixtures.broken.adapters.persistence.chat;

import archfixtures.broken.application.chat.port.in.PostMessage;
import archfixtures.broken.application.chat.port.out.Messages;

/** Breaks: public persistence adapters of a port start with Jdbc. */
public final class MessageStore implements Messages {

    @Override
    public void store(PostMessage.Command command) {
    }
}
