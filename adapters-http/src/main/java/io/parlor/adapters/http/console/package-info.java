/**
 * The web console: the static files Parlor serves under {@code /console/}, the redirect of
 * {@code /} to them, and the security headers they are served with.
 */
@PrimaryAdapter
package io.parlor.adapters.http.console;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
