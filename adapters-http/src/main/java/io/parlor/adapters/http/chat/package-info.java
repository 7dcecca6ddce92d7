/** HTTP endpoints of chat: rooms, members, history and read marks. */
@PrimaryAdapter
package io.parlor.adapters.http.chat;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
