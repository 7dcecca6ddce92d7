package archfixtures.broken.application.bridge;

/** A bridge that chat should know only through a port of its own. */
public final class MemberDirectoryBridge {

    public boolean knows(String member) {
        return !member.isBlank();
    }
}
