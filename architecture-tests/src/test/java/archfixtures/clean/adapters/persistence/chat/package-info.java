@SecondaryAdapter
package archfixtures.clean.adapters.persistence.chat;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
