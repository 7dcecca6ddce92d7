package archfixtures.clean.domain.chat;

import archfixtures.clean.domain.membership.MemberId;
import java.time.Instant;
import org.jmolecules.event.annotation.DomainEvent;

/** An event marked by annotation rather than by interface. */
@DomainEvent
public record MessagePosted(RoomId room, MemberId author, String text, Instant at) {
}
