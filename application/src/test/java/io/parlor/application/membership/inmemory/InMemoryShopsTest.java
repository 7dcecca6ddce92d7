package io.parlor.application.membership.inmemory;

import io.parlor.application.membership.port.out.Shops;
import io.parlor.application.membership.port.out.ShopsContract;
import io.parlor.application.shared.inmemory.InMemoryTransactionRunner;

class InMemoryShopsTest extends ShopsContract {

    @Override
    protected Shops newSubject() {
        return new InMemoryShops(new InMemoryTransactionRunner());
    }
}
