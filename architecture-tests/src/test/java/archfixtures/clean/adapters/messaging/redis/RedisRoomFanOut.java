package archfixtures.clean.adapters.messaging.redis;

import archfixtures.clean.application.chat.port.out.RoomFanOut;
import archfixtures.clean.domain.chat.MessagePosted;
import io.lettuce.core.api.StatefulRedisConnection;

public final class RedisRoomFanOut implements RoomFanOut {

    private final StatefulRedisConnection<String, String> connection;

    public RedisRoomFanOut(StatefulRedisConnection<String, String> connection) {
        this.connection = connection;
    }

    @Override
    public void deliver(MessagePosted event) {
        connection.sync().publish("chat.room." + event.room().value(), event.text());
    }
}
