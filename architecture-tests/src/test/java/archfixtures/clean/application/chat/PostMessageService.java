package archfixtures.clean.application.chat;

import archfixtures.clean.application.chat.port.in.PostMessage;
import archfixtures.clean.application.chat.port.in.RoomClosed;
import archfixtures.clean.application.chat.port.out.RoomFanOut;
import archfixtures.clean.application.chat.port.out.Rooms;
import archfixtures.clean.application.chat.port.out.Ticker;
import archfixtures.clean.domain.chat.MessagePosted;
import archfixtures.clean.domain.chat.Room;

final class PostMessageService implements PostMessage {

    private final Rooms rooms;
    private final RoomFanOut fanOut;
    private final Ticker ticker;

    PostMessageService(Rooms rooms, RoomFanOut fanOut, Ticker ticker) {
        this.rooms = rooms;
        this.fanOut = fanOut;
        this.ticker = ticker;
    }

    @Override
    public MessagePosted post(Command command) {
        Room room = rooms.byId(command.room()).orElseThrow(RoomClosed::new);
        MessagePosted event = room.post(command.author(), command.text(), ticker.now());
        rooms.save(command.room(), room);
        fanOut.deliver(event);
        return event;
    }
}
