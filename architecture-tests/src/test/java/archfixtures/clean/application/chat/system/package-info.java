@SecondaryAdapter
package archfixtures.clean.application.chat.system;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
