package io.parlor.adapters.messaging.redis;

import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.sync.RedisCommands;

/**
 * The Lua scripts behind {@link RedisPresence}. Each reads the time from Redis itself
 * ({@code TIME}), so that every instance judges expiry by one clock, and runs atomically in one
 * round trip. A member's marks are a sorted set of its connections, scored by the epoch
 * millisecond at which each mark expires.
 */
enum RedisPresenceScripts {

    /**
     * KEYS: the member's marks. ARGV: connection, time to live in milliseconds. Drops expired
     * marks, sets this one, and lets Redis drop the whole key when its last mark expires.
     */
    MARK_ONLINE("""
            local time = redis.call('TIME')
            local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
            redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
            redis.call('ZADD', KEYS[1], string.format('%.0f', now + tonumber(ARGV[2])), ARGV[1])
            local last = redis.call('ZRANGE', KEYS[1], -1, -1, 'WITHSCORES')
            redis.call('PEXPIREAT', KEYS[1], string.format('%.0f', tonumber(last[2])))
            return 1
            """),

    /** KEYS: the marks of several members. Returns the (1-based) positions of the keys with a live mark. */
    ONLINE_AMONG("""
            local time = redis.call('TIME')
            local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
            local after = '(' .. string.format('%.0f', now)
            local online = {}
            for i, key in ipairs(KEYS) do
              if redis.call('ZCOUNT', key, after, '+inf') > 0 then
                online[#online + 1] = i
              end
            end
            return online
            """);

    private final String source;

    RedisPresenceScripts(String source) {
        this.source = source;
    }

    /** Runs the script by its SHA-1, sending the source only when this Redis has not cached it yet. */
    <T> T run(RedisCommands<String, String> redis, ScriptOutputType output, String[] keys, String... args) {
        return RedisScripts.run(redis, source, output, keys, args);
    }
}
