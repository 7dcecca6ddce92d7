/**
 * JDBC implementations of the reservation stores (services, schedules, booking rules,
 * reservations) over the tables of {@code V3__reservation.sql}, one SQL dialect for H2 and
 * PostgreSQL. The no-double-booking guard is {@link JdbcReservations#lockDesigner}.
 */
@SecondaryAdapter
package io.parlor.adapters.persistence.reservation;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
