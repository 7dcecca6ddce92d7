package io.parlor.adapters.persistence.membership;

import io.parlor.adapters.persistence.shared.TestDatabase;

class SecretsAtRestPostgresIT extends SecretsAtRestSuite {

    SecretsAtRestPostgresIT() {
        super(TestDatabase.postgres());
    }
}
