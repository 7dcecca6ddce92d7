/**
 * HTTP endpoints of reservation: a shop's services, designers' hours, availability, and the
 * lifecycle of reservations (hold, confirm, cancel, reschedule, complete, no-show), with the
 * lists customers and staff see. Who may see or do what is decided by the use cases.
 */
@PrimaryAdapter
package io.parlor.adapters.http.reservation;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
