package io.parlor.adapters.http.security;

import io.micronaut.context.annotation.Requires;
import io.parlor.application.membership.port.in.CheckAccess;
import io.parlor.domain.membership.MemberAccess;
import io.parlor.domain.shared.DomainError;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands in for membership in the HTTP adapter's own tests: remembers what it was asked and
 * refuses with the error a test sets. The real use case is tested end to end in bootstrap.
 */
@Singleton
@Requires(env = "test")
public final class RecordingCheckAccess implements CheckAccess {

    private final List<Query> asked = new CopyOnWriteArrayList<>();
    private volatile Optional<DomainError> refusal = Optional.empty();

    @Override
    public Result check(Query query) {
        asked.add(query);
        refusal.ifPresent(error -> {
            throw error;
        });
        return new Result(new MemberAccess(query.member(), Set.of(), false, Optional.empty(), Instant.EPOCH));
    }

    public List<Query> asked() {
        return List.copyOf(asked);
    }

    public void refuseWith(Optional<DomainError> error) {
        refusal = error;
    }
}
