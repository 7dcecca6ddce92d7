package io.parlor.adapters.messaging.redis;

import io.lettuce.core.RedisClient;
import io.lettuce.core.ScriptOutputType;
import io.parlor.application.chat.port.out.Presence;
import io.parlor.domain.membership.MemberId;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Presence shared by every instance through Redis: one sorted set per member, holding its
 * connections scored by the epoch millisecond at which each mark expires. Expiry is judged by the
 * clock of Redis ({@code TIME} inside the scripts of {@link RedisPresenceScripts}), never by the
 * instances' clocks, so instances whose clocks disagree still agree on who is online. Redis drops
 * a member's key by itself when its last mark expires, so the marks of an instance that dies
 * without marking its connections offline vanish one time to live later.
 *
 * <p>{@link #onlineAmong} reads all the members' keys in one script. On a Redis Cluster that
 * needs the keys in one hash slot: give the prefix a hash tag, e.g. {@code parlor:{presence}:}.
 */
public final class RedisPresence implements Presence, AutoCloseable {

    private final String keyPrefix;
    private final RedisLazyConnection connection;

    /**
     * @param client    the Redis client; its connection, opened on first use, is closed by {@link #close()}
     * @param keyPrefix keeps several deployments on one Redis apart, e.g. {@code parlor:presence:}
     */
    public RedisPresence(RedisClient client, String keyPrefix) {
        this.keyPrefix = keyPrefix;
        this.connection = new RedisLazyConnection(client);
    }

    /** @throws IllegalArgumentException unless {@code ttl} is at least one millisecond */
    @Override
    public void markOnline(MemberId member, String connectionId, Duration ttl) {
        if (ttl.toMillis() < 1) {
            throw new IllegalArgumentException("a presence mark lives at least 1 ms: " + ttl);
        }
        RedisPresenceScripts.MARK_ONLINE.run(connection.sync(), ScriptOutputType.INTEGER,
                new String[] {key(member)}, connectionId, Long.toString(ttl.toMillis()));
    }

    @Override
    public void markOffline(MemberId member, String connectionId) {
        connection.sync().zrem(key(member), connectionId);
    }

    @Override
    public Set<MemberId> onlineAmong(Collection<MemberId> members) {
        if (members.isEmpty()) {
            return Set.of();
        }
        List<MemberId> asked = List.copyOf(members);
        String[] keys = asked.stream().map(this::key).toArray(String[]::new);
        List<Long> positions = RedisPresenceScripts.ONLINE_AMONG.run(connection.sync(), ScriptOutputType.MULTI, keys);
        var online = new HashSet<MemberId>();
        positions.forEach(position -> online.add(asked.get(position.intValue() - 1)));
        return online;
    }

    String key(MemberId member) {
        return keyPrefix + member.value();
    }

    @Override
    public void close() {
        connection.close();
    }
}
