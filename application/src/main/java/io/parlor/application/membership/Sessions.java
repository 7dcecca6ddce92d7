package io.parlor.application.membership;

import io.parlor.application.membership.port.in.Tokens;
import io.parlor.application.membership.port.out.AccessGrant;
import io.parlor.application.membership.port.out.AccessTokens;
import io.parlor.application.membership.port.out.RefreshTokens;
import io.parlor.application.membership.port.out.SecretGenerator;
import io.parlor.application.shared.port.out.IdGenerator;
import io.parlor.domain.membership.Member;
import io.parlor.domain.membership.RefreshToken;
import io.parlor.domain.membership.SecretDigest;
import io.parlor.domain.membership.TokenFamily;
import java.time.Instant;

/** Issues access and refresh tokens; refresh tokens are stored by digest only. */
final class Sessions {

    /** 256 bits. */
    private static final int REFRESH_TOKEN_BYTES = 32;

    private final RefreshTokens refreshTokens;
    private final AccessTokens accessTokens;
    private final SecretGenerator secrets;
    private final IdGenerator ids;
    private final Roles roles;
    private final MembershipSettings settings;

    Sessions(RefreshTokens refreshTokens, AccessTokens accessTokens, SecretGenerator secrets, IdGenerator ids,
            Roles roles, MembershipSettings settings) {
        this.refreshTokens = refreshTokens;
        this.accessTokens = accessTokens;
        this.secrets = secrets;
        this.ids = ids;
        this.roles = roles;
        this.settings = settings;
    }

    /** Tokens of a new family, for a login. */
    Tokens open(Member member, boolean passwordChangeRequired, Instant now) {
        return issue(member, new TokenFamily(ids.newId()), passwordChangeRequired, now);
    }

    /** Tokens continuing {@code family}, for a refresh. */
    Tokens issue(Member member, TokenFamily family, boolean passwordChangeRequired, Instant now) {
        String refresh = secrets.urlSafe(REFRESH_TOKEN_BYTES);
        refreshTokens.add(RefreshToken.issue(SecretDigest.of(refresh), family, member.id(), now,
                now.plus(settings.refreshTokenTtl())));
        Instant expiresAt = now.plus(settings.accessTokenTtl());
        String access = accessTokens.issue(new AccessGrant(member.id(), roles.of(member), passwordChangeRequired,
                now, expiresAt));
        return new Tokens(access, refresh, "Bearer", settings.accessTokenTtl().toSeconds(), passwordChangeRequired,
                member.id());
    }
}
