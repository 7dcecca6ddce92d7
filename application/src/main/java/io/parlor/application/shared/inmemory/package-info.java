/**
 * In-process implementations of the shared ports, for tests, for library users who embed the
 * core without infrastructure, and for the single-instance embedded default.
 */
@SecondaryAdapter
package io.parlor.application.shared.inmemory;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
