package archfixtures.clean.domain.membership;

import org.jmolecules.event.types.DomainEvent;

public record MemberBlocked(MemberId member, Reason reason) implements DomainEvent {

    /** Travels with the event, so other contexts may read it. */
    public enum Reason {
        ABUSE,
        REQUESTED
    }
}
