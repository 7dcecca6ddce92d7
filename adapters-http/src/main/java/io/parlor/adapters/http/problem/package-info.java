/** Renders every error the HTTP adapter answers as {@code application/problem+json} (RFC 9457). */
@PrimaryAdapter
package io.parlor.adapters.http.problem;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
