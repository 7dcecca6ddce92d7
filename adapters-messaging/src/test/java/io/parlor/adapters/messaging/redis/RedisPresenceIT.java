package io.parlor.adapters.messaging.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parlor.application.chat.port.out.PresenceContract;
import io.parlor.domain.membership.MemberId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Runs against the shared test Redis under a prefix of its own, which it sweeps afterwards. The
 * store keeps the time of Redis, so time passes by sleeping.
 */
class RedisPresenceIT extends PresenceContract {

    @RegisterExtension
    static final TestRedis redis = TestRedis.under("presence");
    private static final Duration SHORT = Duration.ofMillis(300);


    @Override
    protected RedisPresence newSubject() {
        return redis.open(new RedisPresence(redis.client(), redis.prefix()));
    }

    @Override
    protected void elapse(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void twoInstancesSeeAndEndEachOthersMarks() {
        var one = newSubject();
        var other = newSubject();
        var ana = anyMember();
        var bo = anyMember();

        one.markOnline(ana, "phone", TTL);
        other.markOnline(bo, "laptop", TTL);
        var seenByOther = other.onlineAmong(List.of(ana, bo));
        other.markOffline(ana, "phone");

        assertThat(seenByOther).containsExactlyInAnyOrder(ana, bo);
        assertThat(one.onlineAmong(List.of(ana, bo))).containsExactly(bo);
    }

    @Test
    void theMarksOfAnInstanceThatStopsExpireAndLeaveNoKey() {
        var stopping = newSubject();
        var ana = anyMember();
        stopping.markOnline(ana, "phone", SHORT);
        stopping.markOnline(ana, "laptop", SHORT.multipliedBy(2));
        long keyLivesFor = redis.inspect().pttl(stopping.key(ana));
        stopping.close();

        elapse(SHORT.multipliedBy(2).plusMillis(200));

        assertThat(keyLivesFor).isPositive().isLessThanOrEqualTo(SHORT.multipliedBy(2).toMillis());
        assertThat(newSubject().onlineAmong(List.of(ana))).isEmpty();
        assertThat(redis.inspect().exists(stopping.key(ana))).isZero();
    }

    @Test
    void aShortMarkDoesNotCutTheKeyOfALongerOne() {
        var presence = newSubject();
        var ana = anyMember();
        presence.markOnline(ana, "laptop", TTL);

        presence.markOnline(ana, "phone", SHORT);
        elapse(SHORT.plusMillis(200));

        assertThat(presence.onlineAmong(List.of(ana))).containsExactly(ana);
        assertThat(redis.inspect().zrange(presence.key(ana), 0, -1)).contains("laptop");
    }

    @Test
    void answersForManyMembersInOneCall() {
        var presence = newSubject();
        var members = new ArrayList<MemberId>();
        var online = new ArrayList<MemberId>();
        for (int i = 0; i < 200; i++) {
            var member = anyMember();
            members.add(member);
            if (i % 3 == 0) {
                presence.markOnline(member, "socket-" + i, TTL);
                online.add(member);
            }
        }

        var found = presence.onlineAmong(members);

        assertThat(found).containsExactlyInAnyOrderElementsOf(online);
    }

    @Test
    void refusesAMarkWithoutTimeToLive() {
        var presence = newSubject();

        assertThatThrownBy(() -> presence.markOnline(anyMember(), "socket-1", Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static MemberId anyMember() {
        return new MemberId(UUID.randomUUID());
    }
}
