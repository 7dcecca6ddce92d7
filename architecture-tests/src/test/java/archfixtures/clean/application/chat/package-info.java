@Application
package archfixtures.clean.application.chat;

import org.jmolecules.architecture.hexagonal.Application;
