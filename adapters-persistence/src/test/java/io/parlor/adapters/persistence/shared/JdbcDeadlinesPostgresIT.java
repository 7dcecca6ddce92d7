package io.parlor.adapters.persistence.shared;

class JdbcDeadlinesPostgresIT extends JdbcDeadlinesSuite {

    JdbcDeadlinesPostgresIT() {
        super(TestDatabase.postgres());
    }
}
