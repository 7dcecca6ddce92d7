package archfixtures.broken.application.chat;

import archfixtures.broken.adapters.messaging.redis.RedisRoomFanOut;

/** Breaks: the application layer does not depend on adapters. */
final class FanOutShortcut {

    private RedisRoomFanOut fanOut;
}
