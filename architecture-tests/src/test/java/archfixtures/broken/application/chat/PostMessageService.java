package archfixtures.broken.application.chat;

import archfixtures.broken.application.chat.inmemory.InMemoryMessages;
import archfixtures.broken.application.chat.port.in.PostMessage;
import archfixtures.broken.application.chat.system.WallClock;

/** Breaks: services see ports, never in-memory or system adapters. */
final class PostMessageService implements PostMessage {

    private final InMemoryMessages messages = new InMemoryMessages();
    private final WallClock clock = new WallClock();

    @Override
    public void post(Command command) {
        messages.store(command);
    }
}
