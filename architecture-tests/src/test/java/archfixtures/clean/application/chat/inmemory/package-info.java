@SecondaryAdapter
package archfixtures.clean.application.chat.inmemory;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
