/** Use cases every context shares: running the deadlines that fell due, checking request quotas. */
@PrimaryPort
package io.parlor.application.shared.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
