/**
 * Chat: rooms where members talk. A {@link io.parlor.domain.chat.Room} holds its roster (who
 * is in it now, who left); its messages form a timeline numbered by a gap-free {@code seq}
 * per room. Direct rooms join exactly two members, one room per pair, and their roster never
 * changes; group rooms have an optional name and shop and members come and go.
 */
@BoundedContext(name = "chat")
package io.parlor.domain.chat;

import org.jmolecules.ddd.annotation.BoundedContext;
