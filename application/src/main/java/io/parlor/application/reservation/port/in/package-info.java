/** The reservation use cases: one interface each, with its command or query and result records. */
@PrimaryPort
package io.parlor.application.reservation.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
