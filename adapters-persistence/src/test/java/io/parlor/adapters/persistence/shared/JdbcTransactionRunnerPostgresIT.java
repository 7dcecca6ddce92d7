package io.parlor.adapters.persistence.shared;

class JdbcTransactionRunnerPostgresIT extends JdbcTransactionRunnerSuite {

    JdbcTransactionRunnerPostgresIT() {
        super(TestDatabase.postgres());
    }
}
