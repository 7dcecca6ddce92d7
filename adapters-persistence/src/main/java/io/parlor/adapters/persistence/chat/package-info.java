/**
 * JDBC implementations of the chat stores (rooms with their rosters, message timelines, read
 * marks) over the tables of {@code V4__chat.sql}, one SQL dialect for H2 and PostgreSQL.
 */
@SecondaryAdapter
package io.parlor.adapters.persistence.chat;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
