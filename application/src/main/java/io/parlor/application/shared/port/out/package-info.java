/** Cross-cutting secondary ports every context uses: events, transactions, time and ids. */
@SecondaryPort
package io.parlor.application.shared.port.out;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
