package io.parlor.adapters.persistence.reservation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.data.exceptions.DataAccessException;
import io.parlor.adapters.persistence.shared.TestDatabase;
import io.parlor.application.reservation.port.out.BookingPolicies;
import io.parlor.application.reservation.port.out.BookingPoliciesContract;
import io.parlor.domain.membership.ShopId;
import io.parlor.domain.reservation.BookingRules;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The booking-policies contract on one database; subclasses say which. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbcBookingPoliciesSuite extends BookingPoliciesContract {

    @RegisterExtension
    final TestDatabase database;

    protected JdbcBookingPoliciesSuite(TestDatabase database) {
        this.database = database;
    }

    @Override
    protected BookingPolicies newSubject() {
        return database.bean(JdbcBookingPolicies.class);
    }

    @Override
    protected ShopId existingShop() {
        return new StoredFacts(database).shop();
    }

    @Test
    void rulesOfAShopThatIsNotStoredAreRefusedByTheForeignKey() {
        var policies = newSubject();
        var stray = new ShopId(UUID.randomUUID());

        assertThatThrownBy(() -> policies.put(stray, new BookingRules(Duration.ZERO, Duration.ofDays(30),
                Duration.ofHours(1)))).isInstanceOf(DataAccessException.class);
        assertThat(policies.find(stray)).isEmpty();
    }
}
