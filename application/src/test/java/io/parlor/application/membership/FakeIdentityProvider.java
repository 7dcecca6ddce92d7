package io.parlor.application.membership;

import io.parlor.application.membership.port.out.ExternalIdentity;
import io.parlor.application.membership.port.out.IdentityProvider;
import io.parlor.domain.membership.Email;
import io.parlor.domain.membership.MemberName;
import io.parlor.domain.membership.ProviderFailed;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A provider that a test scripts: it hands out an authorization code for the identity the test
 * names, as a real provider would after a login, and answers that identity for the code once.
 */
final class FakeIdentityProvider implements IdentityProvider {

    static final String NAME = "fake";

    private final String name;
    private final Map<String, ExternalIdentity> identitiesByCode = new ConcurrentHashMap<>();
    private final AtomicInteger codes = new AtomicInteger();
    private final AtomicInteger exchanges = new AtomicInteger();

    FakeIdentityProvider(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    @Override
    public URI authorizationUri(String state) {
        return URI.create("https://" + name + ".idp.test/authorize?client_id=parlor&state=" + state);
    }

    @Override
    public ExternalIdentity identify(String authorizationCode) {
        exchanges.incrementAndGet();
        return Optional.ofNullable(identitiesByCode.remove(authorizationCode)).orElseThrow(ProviderFailed::new);
    }

    /** The code the provider hands back once {@code identity} logged in. */
    String logsIn(ExternalIdentity identity) {
        String code = name + "-code-" + codes.incrementAndGet();
        identitiesByCode.put(code, identity);
        return code;
    }

    /** How often a code was exchanged, successfully or not. */
    int exchanges() {
        return exchanges.get();
    }

    /** A person of this provider whose address the provider verified. */
    ExternalIdentity verified(String subject, String email) {
        return new ExternalIdentity(name, subject, Optional.of(new Email(email)), true,
                Optional.of(new MemberName("Social " + subject)));
    }

    /** A person of this provider whose address the provider did not verify. */
    ExternalIdentity unverified(String subject, String email) {
        return new ExternalIdentity(name, subject, Optional.of(new Email(email)), false, Optional.empty());
    }

    /** A person of this provider who shared no address. */
    ExternalIdentity withoutEmail(String subject) {
        return new ExternalIdentity(name, subject, Optional.empty(), false, Optional.empty());
    }
}
