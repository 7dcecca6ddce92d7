package io.parlor.adapters.messaging.redis;

import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.sync.RedisCommands;

/** Runs Lua scripts by their SHA-1, sending the source only when this Redis has not cached it yet. */
final class RedisScripts {

    private RedisScripts() {
    }

    static <T> T run(RedisCommands<String, String> redis, String source, ScriptOutputType output, String[] keys,
                     String... args) {
        try {
            return redis.evalsha(redis.digest(source), output, keys, args);
        } catch (RedisNoScriptException notCachedYet) {
            return redis.eval(source, output, keys, args);
        }
    }
}
