package archfixtures.broken.domain.membership;

import org.jmolecules.event.types.DomainEvent;

/** Breaks: domain events are records. */
public final class MemberRenamed implements DomainEvent {

    private final String newName;

    public MemberRenamed(String newName) {
        this.newName = newName;
    }
}
