/**
 * Membership: who may use Parlor and how they prove it. Members sign up, verify their email,
 * log in (with lockout after repeated failures), may be blocked by an administrator and may
 * withdraw; shops name their owner and designers.
 */
@BoundedContext(name = "membership")
package io.parlor.domain.membership;

import org.jmolecules.ddd.annotation.BoundedContext;
