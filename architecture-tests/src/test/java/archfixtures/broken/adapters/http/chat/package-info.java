@PrimaryAdapter
package archfixtures.broken.adapters.http.chat;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
