package archfixtures.broken.application.chat.port.in;

/** Breaks: port types are interfaces, records, enums or exceptions. */
public final class MessageFormatter {

    public String format(String text) {
        return text.strip();
    }
}
