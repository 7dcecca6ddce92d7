@Application
package archfixtures.broken.application.chat;

import org.jmolecules.architecture.hexagonal.Application;
