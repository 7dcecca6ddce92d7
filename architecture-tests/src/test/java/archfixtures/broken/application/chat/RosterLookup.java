package archfixtures.broken.application.chat;

import archfixtures.broken.application.bridge.MemberDirectoryBridge;

/** Breaks: chat calls the bridge that joins it to membership instead of its own port. */
final class RosterLookup {

    private final MemberDirectoryBridge directory = new MemberDirectoryBridge();

    boolean mayJoin(String member) {
        return directory.knows(member);
    }
}
