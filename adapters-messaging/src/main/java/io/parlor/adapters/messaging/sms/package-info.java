/** Text messages: POSTed to an HTTP gateway, or kept in an outbox file when none is configured. */
@SecondaryAdapter
package io.parlor.adapters.messaging.sms;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
