/** JDBC implementations of the shared ports (transactions). */
@SecondaryAdapter
package io.parlor.adapters.persistence.shared;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
