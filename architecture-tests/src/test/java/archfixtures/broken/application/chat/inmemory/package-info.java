@SecondaryAdapter
package archfixtures.broken.application.chat.inmemory;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
