package io.parlor.application.membership.inmemory;

import io.parlor.application.membership.port.out.AccessGrant;
import io.parlor.application.membership.port.out.AccessTokens;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Unsigned stand-in tokens ({@code access-1}, {@code access-2}, ...) whose grants are remembered
 * here, so that tests can read them back. Not a security mechanism.
 */
public final class InMemoryAccessTokens implements AccessTokens {

    private final AtomicLong counter = new AtomicLong();
    private final Map<String, AccessGrant> grants = new ConcurrentHashMap<>();

    @Override
    public String issue(AccessGrant grant) {
        String token = "access-" + counter.incrementAndGet();
        grants.put(token, grant);
        return token;
    }

    /** The grant a token was issued for. */
    public Optional<AccessGrant> grantOf(String token) {
        return Optional.ofNullable(grants.get(token));
    }
}
