/**
 * The chat use cases. Services are package-private; {@link ChatUseCases#wire} builds them all
 * from {@link ChatPorts} and {@link ChatSettings}.
 */
@Application
package io.parlor.application.chat;

import org.jmolecules.architecture.hexagonal.Application;
