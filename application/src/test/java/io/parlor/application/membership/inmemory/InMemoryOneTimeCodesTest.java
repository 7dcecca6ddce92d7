package io.parlor.application.membership.inmemory;

import io.parlor.application.membership.port.out.OneTimeCodes;
import io.parlor.application.membership.port.out.OneTimeCodesContract;

class InMemoryOneTimeCodesTest extends OneTimeCodesContract {

    @Override
    protected OneTimeCodes newSubject() {
        return new InMemoryOneTimeCodes();
    }
}
