package io.parlor.application.chat.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.parlor.domain.membership.MemberId;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Presence} does. Marks live for {@link #TTL}; a subclass makes time pass by
 * moving its clock, or by sleeping when the store keeps its own time.
 */
public abstract class PresenceContract {

    protected static final Duration TTL = Duration.ofSeconds(2);

    protected abstract Presence newSubject();

    /** Lets {@code duration} pass for the subject. */
    protected abstract void elapse(Duration duration);

    private static MemberId anyMember() {
        return new MemberId(UUID.randomUUID());
    }

    @Test
    void aMarkedMemberIsOnlineAndOthersAreNot() {
        var presence = newSubject();
        var ana = anyMember();
        var bo = anyMember();

        presence.markOnline(ana, "socket-1", TTL);

        assertThat(presence.onlineAmong(List.of(ana, bo))).containsExactly(ana);
        assertThat(presence.onlineAmong(List.of())).isEmpty();
    }

    @Test
    void aMarkExpiresAfterItsTimeToLive() {
        var presence = newSubject();
        var ana = anyMember();
        presence.markOnline(ana, "socket-1", TTL);

        elapse(TTL.plusMillis(500));

        assertThat(presence.onlineAmong(List.of(ana))).isEmpty();
    }

    @Test
    void markingAgainRenewsTheTimeToLive() {
        var presence = newSubject();
        var ana = anyMember();
        presence.markOnline(ana, "socket-1", TTL);
        elapse(TTL.dividedBy(2));

        presence.markOnline(ana, "socket-1", TTL);
        elapse(TTL.dividedBy(2).plusMillis(500));

        assertThat(presence.onlineAmong(List.of(ana))).containsExactly(ana);
    }

    @Test
    void aMemberStaysOnlineUntilItsLastConnectionCloses() {
        var presence = newSubject();
        var ana = anyMember();
        presence.markOnline(ana, "phone", TTL);
        presence.markOnline(ana, "laptop", TTL);

        presence.markOffline(ana, "phone");
        var afterOne = presence.onlineAmong(List.of(ana));
        presence.markOffline(ana, "laptop");
        presence.markOffline(ana, "never-seen");

        assertThat(afterOne).containsExactly(ana);
        assertThat(presence.onlineAmong(List.of(ana))).isEmpty();
    }
}
