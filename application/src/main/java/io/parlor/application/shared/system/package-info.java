/** Production implementations of the shared ports that need nothing but the JDK. */
@SecondaryAdapter
package io.parlor.application.shared.system;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
