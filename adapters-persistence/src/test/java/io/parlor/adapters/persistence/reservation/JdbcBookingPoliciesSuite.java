package io.parlor.adapters.persistence.reservation;

import io.parlor.adapters.persistence.shared.TestDatabase;
import io.parlor.application.reservation.port.out.BookingPolicies;
import io.parlor.application.reservation.port.out.BookingPoliciesContract;
import io.parlor.domain.membership.ShopId;
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
}
