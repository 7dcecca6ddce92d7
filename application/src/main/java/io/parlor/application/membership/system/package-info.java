/** Production implementations of membership ports that need nothing but the JDK. */
@SecondaryAdapter
package io.parlor.application.membership.system;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
