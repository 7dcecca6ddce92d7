/** What the notification use cases need from outside: the inbox, the outbox of deliveries, channels, and chat. */
@SecondaryPort
package io.parlor.application.notification.port.out;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
