package io.parlor.application.membership.system;

import io.parlor.application.membership.port.out.SecretGenerator;
import io.parlor.application.membership.port.out.SecretGeneratorContract;

class SystemSecretGeneratorTest extends SecretGeneratorContract {

    @Override
    protected SecretGenerator newSubject() {
        return new SystemSecretGenerator();
    }
}
