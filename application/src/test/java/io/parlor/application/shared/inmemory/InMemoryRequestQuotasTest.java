package io.parlor.application.shared.inmemory;

import io.parlor.application.shared.port.out.RequestQuotas;
import io.parlor.application.shared.port.out.RequestQuotasContract;

class InMemoryRequestQuotasTest extends RequestQuotasContract {

    @Override
    protected RequestQuotas newSubject() {
        return new InMemoryRequestQuotas();
    }
}
