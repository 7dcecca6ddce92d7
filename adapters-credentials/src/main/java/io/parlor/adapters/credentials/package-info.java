/** Credentials made for the membership use cases: password hashes and signed access tokens. */
@SecondaryAdapter
package io.parlor.adapters.credentials;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
