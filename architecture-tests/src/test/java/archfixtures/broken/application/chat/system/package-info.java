@SecondaryAdapter
package archfixtures.broken.application.chat.system;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
