/** HTTP endpoints of chat: rooms, members, history, read marks and attachments. */
@PrimaryAdapter
package io.parlor.adapters.http.chat;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
