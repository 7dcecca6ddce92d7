package archfixtures.broken.domain.membership;

import org.jmolecules.event.annotation.DomainEvent;

/** Breaks: domain events are records, whether marked by interface or by annotation. */
@DomainEvent
public class PasswordChanged {
}
