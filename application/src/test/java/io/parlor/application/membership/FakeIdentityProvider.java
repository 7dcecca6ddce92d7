package io.parlor.application.membership;

import io.parlor.application.membership.port.out.ExternalIdentity;
import io.parlor.application.membership.port.out.IdentityProvider;
import io.parlor.application.membership.port.out.LoginProof;
import io.parlor.domain.membership.Email;
import io.parlor.domain.membership.MemberName;
import io.parlor.domain.membership.ProviderFailed;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
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
    private final Map<String, LoginProof> proofsByState = new ConcurrentHashMap<>();
    private final List<LoginProof> proofsPresented = new CopyOnWriteArrayList<>();

    FakeIdentityProvider(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    @Override
    public URI authorizationUri(String state, LoginProof proof) {
        proofsByState.put(state, proof);
        return URI.create("https://" + name + ".idp.test/authorize?client_id=parlor&state=" + state);
    }

    /** Refuses, as PKCE and the nonce make a real provider refuse, a proof of no request it saw. */
    @Override
    public ExternalIdentity identify(String authorizationCode, LoginProof proof) {
        exchanges.incrementAndGet();
        proofsPresented.add(proof);
        if (!proofsByState.containsValue(proof)) {
            throw new ProviderFailed();
        }
        return Optional.ofNullable(identitiesByCode.remove(authorizationCode)).orElseThrow(ProviderFailed::new);
    }

    /** The proof handed out with the authorization request of this state. */
    Optional<LoginProof> proofOf(String state) {
        return Optional.ofNullable(proofsByState.get(state));
    }

    /** Every proof presented at a code exchange, in order. */
    List<LoginProof> proofsPresented() {
        return List.copyOf(proofsPresented);
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
