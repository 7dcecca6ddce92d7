package archfixtures.broken.domain.chat;

import archfixtures.broken.application.chat.port.out.Messages;

/** Breaks: the domain does not depend on the application layer. */
public final class MessageRules {

    private final Messages messages;

    public MessageRules(Messages messages) {
        this.messages = messages;
    }
}
