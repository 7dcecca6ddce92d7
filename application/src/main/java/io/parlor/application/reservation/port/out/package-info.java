/**
 * What the reservation use cases need from the outside: storage of reservations, services,
 * schedules and booking rules, facts about shops (owned by membership), and a short-lived slot
 * lock. Signatures use domain and JDK types only.
 */
@SecondaryPort
package io.parlor.application.reservation.port.out;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
