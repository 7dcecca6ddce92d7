/** The description of the HTTP API that the build turns into the published OpenAPI document. */
@PrimaryAdapter
package io.parlor.adapters.http.openapi;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
