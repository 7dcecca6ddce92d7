/**
 * The reservation use cases. Services are package-private; {@link ReservationUseCases#wire}
 * builds them all from {@link ReservationPorts} and {@link ReservationSettings}.
 */
@Application
package io.parlor.application.reservation;

import org.jmolecules.architecture.hexagonal.Application;
