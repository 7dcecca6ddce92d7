/**
 * The secondary ports one context needs, implemented over another context's ports and use
 * cases: how membership, chat, reservation and notification work together in one deployment.
 * A library user who embeds several contexts wires them with these, as bootstrap does; the
 * {@code Supplier}s defer the lookup of a use case that is built after the bridge.
 */
@Application
package io.parlor.application.bridge;

import org.jmolecules.architecture.hexagonal.Application;
