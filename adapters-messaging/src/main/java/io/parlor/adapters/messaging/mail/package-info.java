/** Mail: handed to an SMTP server, or kept in an outbox directory when none is configured. */
@SecondaryAdapter
package io.parlor.adapters.messaging.mail;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
