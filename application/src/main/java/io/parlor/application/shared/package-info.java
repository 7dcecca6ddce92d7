/**
 * The use cases every context shares. {@link io.parlor.application.shared.Scheduling} runs
 * durable deadlines ({@code Deadlines}) through the handlers of the contexts that scheduled them.
 */
@Application
package io.parlor.application.shared;

import org.jmolecules.architecture.hexagonal.Application;
