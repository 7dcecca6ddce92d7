package io.parlor.adapters.messaging.redis;

import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.sync.RedisCommands;

/**
 * The Lua scripts behind {@link RedisOneTimeCodes}, hand-written because each decision (is the
 * cool-down running, does the code match, how many tries remain) must be a check-and-set done
 * atomically in one round trip. Times are epoch milliseconds of the caller's {@code now}; each
 * script touches one key, so the scripts also run on a Redis cluster.
 */
enum RedisOneTimeCodesScripts {

    /** KEYS: cool-down. ARGV: now, end, drop-at. Returns the milliseconds left, or -1 if started. */
    START_COOL_DOWN("""
            local running = tonumber(redis.call('GET', KEYS[1]))
            local now = tonumber(ARGV[1])
            if running and running > now then
              return running - now
            end
            redis.call('SET', KEYS[1], ARGV[2])
            redis.call('PEXPIREAT', KEYS[1], ARGV[3])
            return -1
            """),

    /** KEYS: code. ARGV: digest, expires, attempts, drop-at. Replaces any earlier code. */
    PUT("""
            redis.call('DEL', KEYS[1])
            redis.call('HSET', KEYS[1], 'digest', ARGV[1], 'expires', ARGV[2], 'attempts', ARGV[3])
            redis.call('PEXPIREAT', KEYS[1], ARGV[4])
            return 1
            """),

    /**
     * KEYS: code. ARGV: candidate digest, now. Returns 1 if redeemed, else 0. Lua 5.1 interns
     * every string, so {@code ==} compares identities and its timing reveals no part of the digest.
     */
    REDEEM("""
            local entry = redis.call('HMGET', KEYS[1], 'digest', 'expires', 'attempts')
            if not entry[1] then
              return 0
            end
            local attempts = tonumber(entry[3])
            if tonumber(ARGV[2]) >= tonumber(entry[2]) or attempts < 1 then
              redis.call('DEL', KEYS[1])
              return 0
            end
            if entry[1] == ARGV[1] then
              redis.call('DEL', KEYS[1])
              return 1
            end
            if attempts <= 1 then
              redis.call('DEL', KEYS[1])
            else
              redis.call('HINCRBY', KEYS[1], 'attempts', -1)
            end
            return 0
            """);

    private final String source;

    RedisOneTimeCodesScripts(String source) {
        this.source = source;
    }

    /** Runs the script by its SHA-1, sending the source only when this Redis has not cached it yet. */
    long run(RedisCommands<String, String> redis, String key, String... args) {
        return RedisScripts.run(redis, source, ScriptOutputType.INTEGER, new String[] {key}, args);
    }
}
