package io.parlor.bootstrap;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.annotation.Nullable;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The access-token signing secret, resolved at start-up so that a server without a usable
 * secret fails at once rather than on its first login.
 */
@Context
final class SigningSecret {

    private final String value;

    SigningSecret(@Nullable @Property(name = "parlor.jwt.secret") String configured,
                  @Property(name = "datasources.default.url") String databaseUrl,
                  @Property(name = "parlor.data-dir") String dataDir) {
        this.value = JwtSecret.resolve(Optional.ofNullable(configured).filter(s -> !s.isBlank()),
                databaseUrl.startsWith("jdbc:h2:"), Path.of(dataDir));
    }

    String value() {
        return value;
    }
}
