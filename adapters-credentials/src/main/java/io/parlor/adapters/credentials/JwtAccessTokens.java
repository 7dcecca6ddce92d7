package io.parlor.adapters.credentials;

import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.parlor.application.membership.port.out.AccessGrant;
import io.parlor.application.membership.port.token.AccessTokenClaim;
import io.parlor.application.membership.port.out.AccessTokens;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Signs access tokens with the server's HS256 secret, through the same signature that
 * micronaut-security uses to check them on every request.
 */
@Singleton
public final class JwtAccessTokens implements AccessTokens {

    private final JwtTokenGenerator generator;

    public JwtAccessTokens(JwtTokenGenerator generator) {
        this.generator = generator;
    }

    @Override
    public String issue(AccessGrant grant) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("sub", grant.member().value().toString());
        claims.put("roles", grant.roles().stream().map(Enum::name).sorted().toList());
        claims.put("iat", grant.issuedAt().getEpochSecond());
        claims.put(AccessTokenClaim.ISSUED_AT_MILLIS.key(), grant.issuedAt().toEpochMilli());
        claims.put("nbf", grant.issuedAt().getEpochSecond());
        claims.put("exp", grant.expiresAt().getEpochSecond());
        claims.put("jti", UUID.randomUUID().toString());
        claims.put("iss", "parlor");
        if (grant.passwordChangeRequired()) {
            claims.put(AccessTokenClaim.PASSWORD_CHANGE_REQUIRED.key(), true);
        }
        return generator.generateToken(claims)
                .orElseThrow(() -> new IllegalStateException("no signature is configured for access tokens"));
    }
}
