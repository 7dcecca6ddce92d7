package io.parlor.adapters.persistence.shared;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One application context on one database for a whole test class: started on first use,
 * closed after the class. Register it on a field of a {@code PER_CLASS} test so that every
 * test of the class shares it.
 */
public final class TestDatabase implements AfterAllCallback {

    private final Supplier<ApplicationContext> starter;
    private ApplicationContext context;

    private TestDatabase(Supplier<ApplicationContext> starter) {
        this.starter = starter;
    }

    /** A fresh in-memory H2 in PostgreSQL mode. */
    public static TestDatabase h2() {
        return new TestDatabase(TestDatabases::h2);
    }

    /** The PostgreSQL named by {@code parlor.test.postgres.*}. */
    public static TestDatabase postgres() {
        return new TestDatabase(TestDatabases::postgres);
    }

    public synchronized ApplicationContext context() {
        if (context == null) {
            context = starter.get();
        }
        return context;
    }

    public <T> T bean(Class<T> type) {
        return context().getBean(type);
    }

    public <T> T bean(Argument<T> type) {
        return context().getBean(type);
    }

    @Override
    public synchronized void afterAll(ExtensionContext extension) {
        if (context != null) {
            context.close();
            context = null;
        }
    }
}
