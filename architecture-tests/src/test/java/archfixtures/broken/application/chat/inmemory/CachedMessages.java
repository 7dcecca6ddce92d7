package archfixtures.broken.application.chat.inmemory;

import archfixtures.broken.application.chat.port.in.PostMessage;
import archfixtures.broken.application.chat.port.out.Messages;

/** Breaks: in-memory adapters start with InMemory or InProcess. */
public final class CachedMessages implements Messages {

    @Override
    public void store(PostMessage.Command command) {
    }
}
