/**
 * In-process implementations of the notification ports, for tests and for library users who
 * embed the core without infrastructure. Stores that take an {@code InMemoryTransactionRunner}
 * join its units of work and undo their writes when one fails.
 */
@SecondaryAdapter
package io.parlor.application.notification.inmemory;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
