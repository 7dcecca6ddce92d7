package io.parlor.application.reservation.inmemory;

import io.parlor.application.reservation.port.out.Catalog;
import io.parlor.application.reservation.port.out.CatalogContract;
import io.parlor.application.shared.inmemory.InMemoryTransactionRunner;

class InMemoryCatalogTest extends CatalogContract {

    @Override
    protected Catalog newSubject() {
        return new InMemoryCatalog(new InMemoryTransactionRunner());
    }
}
