/** Use cases every context shares: running the deadlines that fell due. */
@PrimaryPort
package io.parlor.application.shared.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
