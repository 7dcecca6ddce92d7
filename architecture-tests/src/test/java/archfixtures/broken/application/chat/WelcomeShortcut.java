package archfixtures.broken.application.chat;

import archfixtures.broken.application.membership.CustomerGroupsService;

/** Breaks: chat asks membership's back office directly instead of through a port of its own. */
final class WelcomeShortcut {

    private CustomerGroupsService groups;

    boolean welcome(String member) {
        return !groups.isBlacklisted(member);
    }
}
