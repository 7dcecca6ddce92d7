/**
 * In-process implementations of the membership ports, for tests, for library users who embed
 * the core without infrastructure, and for the single-instance embedded default. Stores that
 * take an {@code InMemoryTransactionRunner} join its units of work and undo their writes when
 * one fails.
 */
@SecondaryAdapter
package io.parlor.application.membership.inmemory;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
