/**
 * In-process implementations of the reservation ports, for tests, for library users who embed
 * the core without infrastructure, and for the single-instance embedded default. Stores that
 * take an {@code InMemoryTransactionRunner} join its units of work and undo their writes when
 * one fails; as that runner runs units one at a time, holding the designer's lock is implied.
 */
@SecondaryAdapter
package io.parlor.application.reservation.inmemory;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
