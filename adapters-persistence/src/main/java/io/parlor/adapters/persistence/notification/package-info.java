/**
 * JDBC implementations of the notification stores (the inbox and the outbox of deliveries) over
 * the tables of {@code V6__notifications.sql} and {@code V7__deliveries_and_deadlines.sql}, one
 * SQL dialect for H2 and PostgreSQL.
 */
@SecondaryAdapter
package io.parlor.adapters.persistence.notification;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
