/** HTTP endpoints of membership: sign-up, sessions, social login, the caller's profile, shops and administration. */
@PrimaryAdapter
package io.parlor.adapters.http.membership;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
