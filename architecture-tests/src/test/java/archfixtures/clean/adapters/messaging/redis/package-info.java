@SecondaryAdapter
package archfixtures.clean.adapters.messaging.redis;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
