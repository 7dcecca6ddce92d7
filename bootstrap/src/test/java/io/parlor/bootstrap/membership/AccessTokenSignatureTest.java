package io.parlor.bootstrap.membership;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.parlor.application.membership.port.token.AccessTokenClaim;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The whole server signs its access tokens with the configured secret and honours nothing else:
 * an unsigned token or one signed with another key names a real member and still gets 401.
 */
class AccessTokenSignatureTest extends MembershipHttpSuite {

    private static final String SECRET = "the-secret-of-this-test-server-0123456789abcdef";

    @Override
    protected Map<String, String> moreProperties() {
        return Map.of("parlor.jwt.secret", SECRET);
    }

    @Test
    void issuedTokensAreSignedWithHs256AndTheConfiguredSecret() throws ParseException, JOSEException {
        var email = freshEmail();
        activeMember(email);

        var token = SignedJWT.parse(accessToken(email));

        assertThat(token.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.HS256);
        assertThat(token.verify(new MACVerifier(SECRET))).isTrue();
    }

    @Test
    void anUnsignedTokenForARealMemberIsRefused() {
        var email = freshEmail();
        var id = activeMember(email);

        var forged = new PlainJWT(claims(id)).serialize();

        assertThat(api.get("/me", forged).status()).isEqualTo(401);
        assertThat(api.get("/me", accessToken(email)).status()).isEqualTo(200);
    }

    @Test
    void aTokenSignedWithAnotherSecretIsRefused() throws JOSEException {
        var email = freshEmail();
        var id = activeMember(email);
        var forged = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims(id));
        forged.sign(new MACSigner("another-secret-that-is-long-enough-0123456789"));

        assertThat(api.get("/me", forged.serialize()).status()).isEqualTo(401);
    }

    private static JWTClaimsSet claims(String member) {
        var now = Instant.now();
        return new JWTClaimsSet.Builder().subject(member).claim("roles", List.of("CUSTOMER", "ADMIN"))
                .issuer("parlor").issueTime(Date.from(now)).notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(600))).claim(AccessTokenClaim.ISSUED_AT_MILLIS.key(), now.toEpochMilli()).build();
    }
}
