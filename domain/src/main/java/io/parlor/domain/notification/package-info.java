/**
 * Notifications: what a member is told about (an unread chat, a booking, its account), kept in
 * an inbox it can page, read and clear, pushed live to its open streams, and delivered over the
 * channels that fit the kind (in-app always; e-mail and SMS for the ones that must reach a
 * member who is away). Each delivery is a row of its own, so a send is retried, recorded and
 * never made inside the transaction that raised it.
 */
@BoundedContext(name = "notification")
package io.parlor.domain.notification;

import org.jmolecules.ddd.annotation.BoundedContext;
