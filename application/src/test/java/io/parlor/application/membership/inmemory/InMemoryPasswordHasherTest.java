package io.parlor.application.membership.inmemory;

import io.parlor.application.membership.port.out.PasswordHasher;
import io.parlor.application.membership.port.out.PasswordHasherContract;

class InMemoryPasswordHasherTest extends PasswordHasherContract {

    @Override
    protected PasswordHasher newSubject() {
        return new InMemoryPasswordHasher();
    }
}
