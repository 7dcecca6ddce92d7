@PrimaryAdapter
package archfixtures.clean.adapters.http.chat;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
