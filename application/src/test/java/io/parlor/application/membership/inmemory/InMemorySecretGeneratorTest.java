package io.parlor.application.membership.inmemory;

import io.parlor.application.membership.port.out.SecretGenerator;
import io.parlor.application.membership.port.out.SecretGeneratorContract;

class InMemorySecretGeneratorTest extends SecretGeneratorContract {

    @Override
    protected SecretGenerator newSubject() {
        return new InMemorySecretGenerator();
    }
}
