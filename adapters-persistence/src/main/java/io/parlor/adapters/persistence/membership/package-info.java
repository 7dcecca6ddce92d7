/**
 * JDBC implementations of the membership stores (members, shops, shop customers, refresh
 * tokens, linked provider identities) over the tables of {@code V1__membership.sql} and
 * {@code V2__social_identities.sql}, one SQL dialect for H2 and PostgreSQL.
 */
@SecondaryAdapter
package io.parlor.adapters.persistence.membership;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
