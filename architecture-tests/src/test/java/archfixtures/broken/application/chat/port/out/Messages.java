package archfixtures.broken.application.chat.port.out;

import archfixtures.broken.application.chat.port.in.PostMessage;

/** Breaks: secondary ports do not use primary-port types. */
public interface Messages {

    void store(PostMessage.Command command);
}
