package io.parlor.application.membership.port.in;

import io.parlor.domain.membership.MemberId;

/**
 * What a login or refresh hands out.
 *
 * @param expiresIn seconds the access token lives
 * @param member    the member the tokens belong to
 */
public record Tokens(String accessToken, String refreshToken, String tokenType, long expiresIn,
        boolean passwordChangeRequired, MemberId member) {
}
