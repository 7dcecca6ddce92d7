package archfixtures.broken.adapters.persistence.chat;

import archfixtures.broken.application.chat.port.in.PostMessage;
import archfixtures.broken.application.chat.port.out.Messages;

public final class JdbcMessages implements Messages {

    @Override
    public void store(PostMessage.Command command) {
    }
}
