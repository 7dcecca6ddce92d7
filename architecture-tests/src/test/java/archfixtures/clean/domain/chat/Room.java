package archfixtures.clean.domain.chat;

import archfixtures.clean.domain.membership.MemberBlocked;
import archfixtures.clean.domain.membership.MemberId;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

/** Knows the membership context only by its ids and events. */
@AggregateRoot
public class Room {

    @Identity
    private final RoomId id;
    private final Set<MemberId> members = new HashSet<>();
    private byte[] avatarDigest = new byte[0];

    public Room(RoomId id) {
        this.id = id;
    }

    public MessagePosted post(MemberId author, String text, Instant now) {
        return new MessagePosted(id, author, text, now);
    }

    public void on(MemberBlocked event) {
        if (event.reason() == MemberBlocked.Reason.ABUSE) {
            members.remove(event.member());
        }
    }

    public void changeAvatar(byte[] digest) {
        avatarDigest = digest.clone();
    }
}
