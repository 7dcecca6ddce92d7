package archfixtures.clean.application.chat.port.in;

/** Exceptions may live beside the use case that throws them. */
public class RoomClosed extends RuntimeException {

    public RoomClosed() {
        super("room closed");
    }
}
