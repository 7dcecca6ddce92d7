package io.parlor.application.shared.inmemory;

import io.parlor.application.shared.port.out.DomainEventBus;
import io.parlor.application.shared.port.out.DomainEventBusContract;

class InProcessDomainEventBusTest extends DomainEventBusContract {

    @Override
    protected DomainEventBus newSubject() {
        return new InProcessDomainEventBus();
    }

    @Override
    protected DomainEventBus peerOf(DomainEventBus bus) {
        return bus;
    }
}
