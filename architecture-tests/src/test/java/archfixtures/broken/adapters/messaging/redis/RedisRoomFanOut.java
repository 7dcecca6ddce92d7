package archfixtures.broken.adapters.messaging.redis;

import archfixtures.broken.bootstrap.RedisSettings;

/** Breaks: nothing outside bootstrap depends on bootstrap. */
public final class RedisRoomFanOut {

    private final RedisSettings settings;

    public RedisRoomFanOut(RedisSettings settings) {
        this.settings = settings;
    }
}
