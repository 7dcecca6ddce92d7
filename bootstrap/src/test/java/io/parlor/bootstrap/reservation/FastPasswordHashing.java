package io.parlor.bootstrap.reservation;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.parlor.application.membership.inmemory.InMemoryPasswordHasher;
import io.parlor.application.membership.port.out.PasswordHasher;
import jakarta.inject.Singleton;

/**
 * A fast password hash for the reservation tests, which sign up hundreds of customers; what they
 * test starts after login. Never active outside these tests.
 */
@Factory
@Requires(property = "spec.name", pattern = "Reservation.*")
class FastPasswordHashing {

    @Singleton
    @Replaces(PasswordHasher.class)
    PasswordHasher fastHasher() {
        return new InMemoryPasswordHasher();
    }
}
