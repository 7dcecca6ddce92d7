@SecondaryAdapter
package archfixtures.broken.adapters.messaging.redis;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
