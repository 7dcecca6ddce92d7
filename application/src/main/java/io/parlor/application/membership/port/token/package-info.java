/**
 * The access token as both sides of it read it: the credentials adapter writes these claims,
 * the HTTP adapter checks them on every request. A port of either direction, so neither
 * adapter depends on the other.
 */
@Port
package io.parlor.application.membership.port.token;

import org.jmolecules.architecture.hexagonal.Port;
