package io.parlor.adapters.http.security;

import io.micronaut.context.annotation.Requires;
import io.parlor.application.membership.port.in.WatchAccessRevocations;
import io.parlor.domain.membership.MemberId;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** Stands in for membership's revocation events in the HTTP adapter's own tests. */
@Singleton
@Requires(env = "test")
public final class ManualRevocations implements WatchAccessRevocations {

    private final List<Consumer<MemberId>> listeners = new CopyOnWriteArrayList<>();

    @Override
    public Watching watch(Consumer<MemberId> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** As if {@code member} had just been blocked. */
    public void revoke(MemberId member) {
        listeners.forEach(listener -> listener.accept(member));
    }
}
