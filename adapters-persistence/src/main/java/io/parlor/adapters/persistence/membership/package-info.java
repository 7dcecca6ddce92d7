/**
 * JDBC implementations of the membership stores (members, shops, shop customers, refresh
 * tokens) over the tables of {@code V1__membership.sql}, one SQL dialect for H2 and PostgreSQL.
 */
@SecondaryAdapter
package io.parlor.adapters.persistence.membership;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
