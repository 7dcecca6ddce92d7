package io.parlor.domain.shared;

import java.util.List;
import org.jmolecules.event.types.DomainEvent;

/** An aggregate that records its events (in a {@link RecordedEvents}) for the application to publish. */
public interface RecordsEvents {

    /** The events recorded since this object was made or loaded, oldest first. */
    List<? extends DomainEvent> recordedEvents();
}
