/**
 * The notification use cases. Services are package-private; {@link
 * io.parlor.application.notification.NotificationUseCases#wire} builds them all.
 *
 * <p>Rules the use cases hold to:
 * <ul>
 *   <li>A member sees and changes only its own inbox; another member's notification is
 *       {@code notification-not-found} (404), as for an id that does not exist.</li>
 *   <li>A notification and its deliveries (one per channel of its type) are stored in one unit
 *       of work; sending follows the commit, outside any unit of work, retried with backoff.</li>
 *   <li>Streams get notifications in number order, exactly once each, whichever instance raised
 *       them; a resumed stream first replays what it missed from the store.</li>
 * </ul>
 */
@Application
package io.parlor.application.notification;

import org.jmolecules.architecture.hexagonal.Application;
