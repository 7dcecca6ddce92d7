/**
 * The membership use cases. Services are package-private; {@link MembershipUseCases#wire} builds
 * them all from {@link MembershipPorts} and {@link MembershipSettings}.
 */
@Application
package io.parlor.application.membership;

import org.jmolecules.architecture.hexagonal.Application;
