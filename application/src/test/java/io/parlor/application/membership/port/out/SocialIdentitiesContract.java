package io.parlor.application.membership.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.SocialIdentity;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link SocialIdentities} store does. */
public abstract class SocialIdentitiesContract {

    protected static final Instant NOW = Instant.parse("2026-11-21T09:30:00Z");

    protected abstract SocialIdentities newSubject();

    /** A member the store may refer to; a relational subclass overrides it to create one first. */
    protected MemberId existingMember() {
        return new MemberId(UUID.randomUUID());
    }

    protected static SocialIdentity freshIdentity(String provider) {
        return new SocialIdentity(provider, "subject-" + UUID.randomUUID());
    }

    @Test
    void aLinkedIdentityNamesItsMember() {
        var identities = newSubject();
        var member = existingMember();
        var identity = freshIdentity("kakao");

        boolean linked = identities.link(identity, member, NOW);

        assertThat(linked).isTrue();
        assertThat(identities.memberOf(identity)).contains(member);
        assertThat(identities.linkedTo(member)).containsExactly(identity);
    }

    @Test
    void anUnlinkedIdentityNamesNobody() {
        var identities = newSubject();

        var member = identities.memberOf(freshIdentity("kakao"));

        assertThat(member).isEmpty();
    }

    @Test
    void anIdentityStaysWithTheMemberItWasLinkedToFirst() {
        var identities = newSubject();
        var first = existingMember();
        var second = existingMember();
        var identity = freshIdentity("kakao");
        identities.link(identity, first, NOW);

        boolean again = identities.link(identity, first, NOW.plusSeconds(1));
        boolean toAnother = identities.link(identity, second, NOW.plusSeconds(2));

        assertThat(again).isFalse();
        assertThat(toAnother).isFalse();
        assertThat(identities.memberOf(identity)).contains(first);
        assertThat(identities.linkedTo(second)).isEmpty();
    }

    @Test
    void theSameSubjectAtAnotherProviderIsAnotherIdentity() {
        var identities = newSubject();
        var first = existingMember();
        var second = existingMember();
        var atKakao = freshIdentity("kakao");
        var atGoogle = new SocialIdentity("google", atKakao.subject());
        identities.link(atKakao, first, NOW);

        boolean linked = identities.link(atGoogle, second, NOW);

        assertThat(linked).isTrue();
        assertThat(identities.memberOf(atGoogle)).contains(second);
        assertThat(identities.memberOf(atKakao)).contains(first);
    }

    @Test
    void aMemberMayHaveSeveralIdentitiesListedOldestFirst() {
        var identities = newSubject();
        var member = existingMember();
        var newer = freshIdentity("google");
        var older = freshIdentity("kakao");

        identities.link(newer, member, NOW.plusSeconds(60));
        identities.link(older, member, NOW);

        assertThat(identities.linkedTo(member)).containsExactly(older, newer);
    }

    @Test
    void subjectsAreMatchedExactly() {
        var identities = newSubject();
        var member = existingMember();
        var identity = new SocialIdentity("kakao", "Subject-" + UUID.randomUUID());
        identities.link(identity, member, NOW);

        var otherCase = identities.memberOf(new SocialIdentity("kakao", identity.subject().toLowerCase()));

        assertThat(otherCase).isEmpty();
    }
}
