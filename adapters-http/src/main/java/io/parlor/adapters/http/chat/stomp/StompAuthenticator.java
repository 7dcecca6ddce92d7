package io.parlor.adapters.http.chat.stomp;

import com.nimbusds.jwt.JWT;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.jwt.validator.JsonWebTokenValidator;
import io.micronaut.security.token.jwt.validator.JwtAuthenticationFactory;
import io.parlor.adapters.http.security.Caller;
import io.parlor.application.membership.port.in.CheckAccess;
import io.parlor.domain.membership.InvalidToken;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.PasswordChangeRequired;
import jakarta.inject.Singleton;

/**
 * Who a CONNECT frame speaks for: the same access token and the same checks as an HTTP
 * request, since browsers cannot put headers on the WebSocket upgrade itself.
 */
@Singleton
final class StompAuthenticator {

    private final JsonWebTokenValidator<JWT, HttpRequest<?>> tokens;
    private final JwtAuthenticationFactory authentications;
    private final CheckAccess checkAccess;

    StompAuthenticator(JsonWebTokenValidator<JWT, HttpRequest<?>> tokens, JwtAuthenticationFactory authentications,
                       CheckAccess checkAccess) {
        this.tokens = tokens;
        this.authentications = authentications;
        this.checkAccess = checkAccess;
    }

    /**
     * The member behind {@code token}.
     *
     * @throws InvalidToken for a token that is forged, altered or expired
     * @throws io.parlor.domain.shared.DomainError when membership no longer honours it (blocked, withdrawn)
     */
    MemberId authenticate(String token) {
        var authentication = tokens.validate(token, null)
                .flatMap(authentications::createAuthentication)
                .orElseThrow(InvalidToken::new);
        var member = Caller.memberOf(authentication);
        checkAccess.check(new CheckAccess.Query(member, Caller.issuedAt(authentication)));
        if (Caller.mustChangePassword(authentication)) {
            throw new PasswordChangeRequired();
        }
        return member;
    }
}
