package archfixtures.broken.application.chat.port.in;

public interface MarkRead {

    void markRead(String room);
}
