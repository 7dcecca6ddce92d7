package io.parlor.adapters.persistence.shared;

class JdbcDeadlinesH2Test extends JdbcDeadlinesSuite {

    JdbcDeadlinesH2Test() {
        super(TestDatabase.h2());
    }
}
