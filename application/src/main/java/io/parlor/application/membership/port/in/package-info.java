/** The membership use cases: one interface each, with its command and result records. */
@PrimaryPort
package io.parlor.application.membership.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
