/** The notification use cases: the inbox, the live stream, unread-chat alerts and the delivery of the outbox. */
@PrimaryPort
package io.parlor.application.notification.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
