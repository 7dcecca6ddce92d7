package io.parlor.adapters.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.context.ApplicationContext;
import io.parlor.application.membership.port.out.AccessGrant;
import io.parlor.application.membership.port.token.AccessTokenClaim;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.Role;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JwtAccessTokensTest {

    private static final String SECRET = "a-signing-secret-of-at-least-thirty-two-bytes";
    private static final Instant ISSUED = Instant.parse("2026-03-02T10:15:30.123Z");

    private static ApplicationContext context;
    private static JwtAccessTokens tokens;

    @BeforeAll
    static void start() {
        context = ApplicationContext.run(Map.of(
                "micronaut.security.token.jwt.signatures.secret.generator.secret", SECRET,
                "micronaut.security.token.jwt.signatures.secret.generator.jws-algorithm", "HS256"));
        tokens = context.getBean(JwtAccessTokens.class);
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @Test
    void aTokenIsSignedWithTheSecretAndCarriesEveryClaimOfTheGrant() throws Exception {
        MemberId member = new MemberId(UUID.randomUUID());
        var grant = new AccessGrant(member, Set.of(Role.OWNER, Role.CUSTOMER), false, ISSUED,
                ISSUED.plusSeconds(900));

        SignedJWT jwt = SignedJWT.parse(tokens.issue(grant));
        JWTClaimsSet claims = jwt.getJWTClaimsSet();

        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.HS256);
        assertThat(jwt.verify(new MACVerifier(SECRET))).isTrue();
        assertThat(claims.getSubject()).isEqualTo(member.value().toString());
        assertThat(claims.getStringListClaim("roles")).containsExactly("CUSTOMER", "OWNER");
        assertThat(claims.getLongClaim(AccessTokenClaim.ISSUED_AT_MILLIS.key())).isEqualTo(ISSUED.toEpochMilli());
        assertThat(claims.getIssueTime().toInstant()).isEqualTo(ISSUED.minusMillis(123));
        assertThat(claims.getExpirationTime().toInstant()).isEqualTo(ISSUED.plusSeconds(900).minusMillis(123));
        assertThat(claims.getClaim(AccessTokenClaim.PASSWORD_CHANGE_REQUIRED.key())).isNull();
    }

    @Test
    void aTokenFromATemporaryPasswordSaysThePasswordMustChange() throws Exception {
        var grant = new AccessGrant(new MemberId(UUID.randomUUID()), Set.of(Role.CUSTOMER), true, ISSUED,
                ISSUED.plusSeconds(300));

        JWTClaimsSet claims = SignedJWT.parse(tokens.issue(grant)).getJWTClaimsSet();

        assertThat(claims.getBooleanClaim(AccessTokenClaim.PASSWORD_CHANGE_REQUIRED.key())).isTrue();
    }

    @Test
    void everyTokenHasItsOwnId() throws Exception {
        var grant = new AccessGrant(new MemberId(UUID.randomUUID()), Set.of(Role.CUSTOMER), false, ISSUED,
                ISSUED.plusSeconds(300));

        String first = SignedJWT.parse(tokens.issue(grant)).getJWTClaimsSet().getJWTID();
        String second = SignedJWT.parse(tokens.issue(grant)).getJWTClaimsSet().getJWTID();

        assertThat(first).isNotBlank().isNotEqualTo(second);
    }
}
