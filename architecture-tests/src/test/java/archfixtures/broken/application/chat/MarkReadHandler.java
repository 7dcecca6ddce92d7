package archfixtures.broken.application.chat;

import archfixtures.broken.application.chat.port.in.MarkRead;

/** Breaks: use-case services end with Service. */
final class MarkReadHandler implements MarkRead {

    @Override
    public void markRead(String room) {
    }
}
