/** STOMP 1.2 (and 1.1/1.0) over WebSocket at {@code /ws/chat}: the real-time side of chat. */
@PrimaryAdapter
package io.parlor.adapters.http.chat.stomp;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
