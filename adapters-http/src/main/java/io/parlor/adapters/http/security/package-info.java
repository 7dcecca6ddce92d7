/** Who is asking: bearer-token authentication and the rules that decide what a request may reach. */
@PrimaryAdapter
package io.parlor.adapters.http.security;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
