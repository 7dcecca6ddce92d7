package archfixtures.broken.domain.chat;

import archfixtures.broken.domain.membership.MemberProfile;

/** Breaks: a context uses another only through its ids and events. */
public final class Moderation {

    private MemberProfile moderator;

    public void appoint(MemberProfile profile) {
        this.moderator = profile;
    }
}
