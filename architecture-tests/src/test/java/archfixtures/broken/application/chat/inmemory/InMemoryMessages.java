package archfixtures.broken.application.chat.inmemory;

import archfixtures.broken.application.chat.port.in.PostMessage;
import archfixtures.broken.application.chat.port.out.Messages;
import java.util.ArrayList;
import java.util.List;

public final class InMemoryMessages implements Messages {

    private final List<String> texts = new ArrayList<>();

    @Override
    public void store(PostMessage.Command command) {
        texts.add(command.text());
    }
}
