package io.parlor.domain.chat;

import org.jmolecules.event.types.DomainEvent;

/** An event within one room, heard by that room's followers; room lists hear of others. */
public interface RoomEvent extends DomainEvent {

    RoomId room();
}
