package io.parlor.adapters.persistence.shared;

class JdbcTransactionRunnerH2Test extends JdbcTransactionRunnerSuite {

    JdbcTransactionRunnerH2Test() {
        super(TestDatabase.h2());
    }
}
