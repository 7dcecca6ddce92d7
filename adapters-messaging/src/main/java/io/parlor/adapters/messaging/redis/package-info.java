/** Redis (lettuce) implementations of the ports that must work across application instances. */
@SecondaryAdapter
package io.parlor.adapters.messaging.redis;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
