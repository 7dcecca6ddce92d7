@PrimaryPort
package archfixtures.clean.application.chat.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
