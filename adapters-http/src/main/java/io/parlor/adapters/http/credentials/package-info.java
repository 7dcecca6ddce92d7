/** Credentials made for the membership use cases: password hashes and signed access tokens. */
@SecondaryAdapter
package io.parlor.adapters.http.credentials;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
