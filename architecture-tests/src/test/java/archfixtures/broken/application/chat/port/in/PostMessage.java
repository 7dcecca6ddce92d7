package archfixtures.broken.application.chat.port.in;

public interface PostMessage {

    void post(Command command);

    record Command(String text) {
    }
}
