package io.parlor.domain.reservation;

import io.parlor.domain.shared.DomainError;

/** A service id names no service of the shop. */
public final class ServiceNotFound extends DomainError {

    public ServiceNotFound() {
        super("service-not-found", Kind.NOT_FOUND, "no such service in this shop");
    }
}
