/**
 * JDBC implementations of the chat stores (rooms with their rosters, message timelines, read
 * marks, attachment metadata) over the tables of {@code V4__chat.sql} and
 * {@code V5__chat_attachments.sql}, one SQL dialect for H2 and PostgreSQL; and attachment bytes
 * in the database or in files on the local disk.
 */
@SecondaryAdapter
package io.parlor.adapters.persistence.chat;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
