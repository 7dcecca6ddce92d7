package io.parlor.application.membership.inmemory;

import io.parlor.application.membership.port.out.CustomerGroups;
import io.parlor.application.membership.port.out.CustomerGroupsContract;
import io.parlor.application.shared.inmemory.InMemoryTransactionRunner;

class InMemoryCustomerGroupsTest extends CustomerGroupsContract {

    @Override
    protected CustomerGroups newSubject() {
        return new InMemoryCustomerGroups(new InMemoryTransactionRunner());
    }
}
