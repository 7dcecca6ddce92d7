package io.parlor.adapters.persistence.shared;

import io.micronaut.context.ApplicationContext;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Application contexts on the databases Parlor supports, migrated by Flyway. */
public final class TestDatabases {

    /** The H2 settings of the embedded default, on a private in-memory database. */
    public static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    private TestDatabases() {
    }

    /** A context on a fresh in-memory H2 database in PostgreSQL mode. */
    public static ApplicationContext h2() {
        return start("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1" + H2_OPTIONS, "sa", "");
    }

    /** A context on the PostgreSQL named by {@code parlor.test.postgres.*}. */
    public static ApplicationContext postgres() {
        String url = System.getProperty("parlor.test.postgres.url", "");
        if (url.isBlank() || url.startsWith("${")) {
            throw new IllegalStateException("set parlor.test.postgres.url (scripts/test.sh starts a PostgreSQL and does)");
        }
        return start(url, System.getProperty("parlor.test.postgres.username"),
                System.getProperty("parlor.test.postgres.password"));
    }

    private static ApplicationContext start(String url, String username, String password) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("datasources.default.url", url);
        properties.put("datasources.default.username", username);
        properties.put("datasources.default.password", password);
        properties.put("datasources.default.maximum-pool-size", 8);
        properties.put("flyway.datasources.default.enabled", true);
        return ApplicationContext.run(properties);
    }
}
