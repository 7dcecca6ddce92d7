package io.parlor.adapters.persistence.membership;

import io.parlor.adapters.persistence.shared.TestDatabase;

class SecretsAtRestH2Test extends SecretsAtRestSuite {

    SecretsAtRestH2Test() {
        super(TestDatabase.h2());
    }
}
