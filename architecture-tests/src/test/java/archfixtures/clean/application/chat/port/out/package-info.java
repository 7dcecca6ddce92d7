@SecondaryPort
package archfixtures.clean.application.chat.port.out;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
