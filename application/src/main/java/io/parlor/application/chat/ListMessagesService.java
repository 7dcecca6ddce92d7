package io.parlor.application.chat;

import io.parlor.application.chat.port.in.ListMessages;
import io.parlor.application.chat.port.out.Messages;
import io.parlor.application.chat.port.out.Rooms;
import io.parlor.domain.chat.HistoryWindow;
import io.parlor.domain.chat.Message;
import io.parlor.domain.chat.RoomNotFound;
import java.util.List;

final class ListMessagesService implements ListMessages {

    private final Rooms rooms;
    private final Messages messages;
    private final ChatSettings settings;

    ListMessagesService(Rooms rooms, Messages messages, ChatSettings settings) {
        this.rooms = rooms;
        this.messages = messages;
        this.settings = settings;
    }

    @Override
    public List<Message> list(Query query) {
        var window = HistoryWindow.of(query.limit(), query.beforeSeq(), query.afterSeq(), settings.defaultPageSize(),
                settings.maxPageSize());
        rooms.findById(query.room()).orElseThrow(RoomNotFound::new).requireMember(query.reader());
        if (window.fromOldest()) {
            return messages.after(query.room(), window.lowerBound(), window.upperBound(), window.limit());
        }
        return messages.before(query.room(), window.upperBound(), window.limit());
    }
}
