package io.parlor.adapters.persistence.reservation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.data.exceptions.DataAccessException;
import io.parlor.adapters.persistence.shared.TestDatabase;
import io.parlor.application.reservation.port.out.Catalog;
import io.parlor.application.reservation.port.out.CatalogContract;
import io.parlor.domain.membership.ShopId;
import io.parlor.domain.reservation.BookableService;
import io.parlor.domain.reservation.Price;
import io.parlor.domain.reservation.ServiceId;
import io.parlor.domain.reservation.ServiceName;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;
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

    @Test
    void aServiceOfAShopThatIsNotStoredIsRefusedByTheForeignKey() {
        var catalog = newSubject();
        var stray = BookableService.offer(new ServiceId(UUID.randomUUID()), new ShopId(UUID.randomUUID()),
                new ServiceName("Cut"), 30, new Price(new BigDecimal("20")), 0);

        assertThatThrownBy(() -> catalog.add(stray)).isInstanceOf(DataAccessException.class);
        assertThat(catalog.findById(stray.id())).isEmpty();
    }
}
