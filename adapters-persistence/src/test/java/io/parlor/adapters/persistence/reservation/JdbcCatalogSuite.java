package io.parlor.adapters.persistence.reservation;

import io.parlor.adapters.persistence.shared.TestDatabase;
import io.parlor.application.reservation.port.out.Catalog;
import io.parlor.application.reservation.port.out.CatalogContract;
import io.parlor.domain.membership.ShopId;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The catalog contract on one database; subclasses say which. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbcCatalogSuite extends CatalogContract {

    @RegisterExtension
    final TestDatabase database;

    protected JdbcCatalogSuite(TestDatabase database) {
        this.database = database;
    }

    @Override
    protected Catalog newSubject() {
        return database.bean(JdbcCatalog.class);
    }

    @Override
    protected ShopId existingShop() {
        return new StoredFacts(database).shop();
    }
}
