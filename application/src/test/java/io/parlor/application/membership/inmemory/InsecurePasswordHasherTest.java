package io.parlor.application.membership.inmemory;

import io.parlor.application.membership.port.out.PasswordHasher;
import io.parlor.application.membership.port.out.PasswordHasherContract;

class InsecurePasswordHasherTest extends PasswordHasherContract {

    @Override
    protected PasswordHasher newSubject() {
        return new InsecurePasswordHasher();
    }
}
