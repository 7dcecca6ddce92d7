package io.parlor.adapters.http.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.parlor.adapters.credentials.JwtAccessTokens;
import io.parlor.application.membership.port.out.AccessGrant;
import io.parlor.domain.membership.AccountBlocked;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.Role;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Tokens Parlor issues are honoured; forged, altered, expired or revoked ones are not. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "spec.name", value = "BearerTokenTest")
class BearerTokenTest implements TestPropertyProvider {

    private final byte[] secret = randomSecret();
    private final MemberId member = new MemberId(UUID.randomUUID());

    @Inject
    EmbeddedServer server;

    @Inject
    JwtAccessTokens tokens;

    @Inject
    RecordingCheckAccess checkAccess;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("micronaut.security.token.jwt.signatures.secret.generator.secret",
                Base64.getEncoder().encodeToString(secret),
                "micronaut.security.token.jwt.signatures.secret.generator.base64", "true");
    }

    @AfterEach
    void allowAgain() {
        checkAccess.refuseWith(Optional.empty());
    }

    @Test
    void anIssuedTokenIdentifiesTheMemberAndIsCheckedWithMembership() {
        Instant issuedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String token = tokens.issue(grant(Set.of(Role.CUSTOMER), issuedAt, issuedAt.plusSeconds(900), false));

        var response = get("/whoami", token);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains(member.value().toString()).contains("CUSTOMER");
        assertThat(checkAccess.asked()).anySatisfy(query -> {
            assertThat(query.member()).isEqualTo(member);
            assertThat(query.tokenIssuedAt()).isEqualTo(issuedAt);
        });
    }

    @Test
    void anUnsignedTokenIsRefused() {
        String token = new PlainJWT(claims(List.of("ADMIN"), Instant.now().plusSeconds(900))).serialize();

        assertThat(get("/whoami", token).statusCode()).isEqualTo(401);
    }

    @Test
    void aTokenSignedWithAnotherSecretIsRefused() throws JOSEException {
        String token = sign(claims(List.of("CUSTOMER"), Instant.now().plusSeconds(900)), randomSecret());

        assertThat(get("/whoami", token).statusCode()).isEqualTo(401);
    }

    @Test
    void anExpiredTokenIsRefused() throws JOSEException {
        String token = sign(claims(List.of("CUSTOMER"), Instant.now().minusSeconds(60)), secret);

        assertThat(get("/whoami", token).statusCode()).isEqualTo(401);
    }

    @Test
    void aTokenWhoseRolesWereAlteredIsRefused() {
        String token = tokens.issue(grant(Set.of(Role.CUSTOMER), Instant.now(), Instant.now().plusSeconds(900), false));
        String[] parts = token.split("\\.");
        String payload = new String(Base64URL.from(parts[1]).decode(), StandardCharsets.UTF_8).replace("CUSTOMER", "ADMIN");
        String tampered = parts[0] + "." + Base64URL.encode(payload) + "." + parts[2];

        var response = get("/whoami/admin", tampered);

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void aTokenMembershipNoLongerHonoursIsRefusedWithItsReason() {
        String token = tokens.issue(grant(Set.of(Role.CUSTOMER), Instant.now(), Instant.now().plusSeconds(900), false));
        checkAccess.refuseWith(Optional.of(new AccountBlocked()));

        var response = get("/whoami", token);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("\"code\":\"account-blocked\"");
    }

    @Test
    void aTemporaryPasswordTokenReachesNothingButThePasswordChange() {
        String token = tokens.issue(grant(Set.of(Role.CUSTOMER), Instant.now(), Instant.now().plusSeconds(900), true));

        var response = get("/whoami", token);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("\"code\":\"password-change-required\"");
    }

    private AccessGrant grant(Set<Role> roles, Instant issuedAt, Instant expiresAt, boolean passwordChange) {
        return new AccessGrant(member, roles, passwordChange, issuedAt, expiresAt);
    }

    private JWTClaimsSet claims(List<String> roles, Instant expiresAt) {
        return new JWTClaimsSet.Builder()
                .subject(member.value().toString())
                .claim("roles", roles)
                .issueTime(new Date())
                .expirationTime(Date.from(expiresAt))
                .build();
    }

    private static String sign(JWTClaimsSet claims, byte[] key) throws JOSEException {
        var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(key));
        return jwt.serialize();
    }

    private HttpResponse<String> get(String path, String token) {
        var request = HttpRequest.newBuilder(URI.create(server.getURI() + path))
                .header("Authorization", "Bearer " + token).build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] randomSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
