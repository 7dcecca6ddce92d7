@SecondaryAdapter
package archfixtures.broken.adapters.persistence.chat;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
