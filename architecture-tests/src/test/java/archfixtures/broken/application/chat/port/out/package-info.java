@SecondaryPort
package archfixtures.broken.application.chat.port.out;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
