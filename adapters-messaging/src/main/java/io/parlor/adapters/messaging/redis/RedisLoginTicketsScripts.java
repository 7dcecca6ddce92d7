package io.parlor.adapters.messaging.redis;

import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.sync.RedisCommands;

/**
 * The Lua scripts behind {@link RedisLoginTickets}: taking a ticket reads, judges and deletes it
 * in one atomic step, so that of concurrent takes exactly one sees the value. Times are epoch
 * milliseconds of the caller's {@code now}; each script touches one key, so the scripts also run
 * on a Redis cluster.
 */
enum RedisLoginTicketsScripts {

    /** KEYS: ticket. ARGV: value, expires, drop-at. Replaces any ticket under the key; returns OK. */
    PUT("""
            redis.call('DEL', KEYS[1])
            redis.call('HSET', KEYS[1], 'value', ARGV[1], 'expires', ARGV[2])
            redis.call('PEXPIREAT', KEYS[1], ARGV[3])
            return 'OK'
            """),

    /** KEYS: ticket. ARGV: now. Deletes the ticket and returns its value if unexpired at now, else nil. */
    TAKE("""
            local entry = redis.call('HMGET', KEYS[1], 'value', 'expires')
            if not entry[1] then
              return false
            end
            redis.call('DEL', KEYS[1])
            if tonumber(ARGV[1]) >= tonumber(entry[2]) then
              return false
            end
            return entry[1]
            """);

    private final String source;

    RedisLoginTicketsScripts(String source) {
        this.source = source;
    }

    /**
     * Runs the script by its SHA-1, sending the source only when this Redis has not cached it yet.
     *
     * @return the script's string reply, or {@code null} for nil
     */
    String run(RedisCommands<String, String> redis, String key, String... args) {
        return RedisScripts.run(redis, source, ScriptOutputType.VALUE, new String[] {key}, args);
    }
}
