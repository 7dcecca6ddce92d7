@PrimaryPort
package archfixtures.broken.application.chat.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
