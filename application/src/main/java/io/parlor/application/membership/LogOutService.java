package io.parlor.application.membership;

import io.parlor.application.membership.port.in.LogOut;
import io.parlor.application.membership.port.out.RefreshTokens;
import io.parlor.domain.membership.SecretDigest;

final class LogOutService implements LogOut {

    private final RefreshTokens refreshTokens;

    LogOutService(RefreshTokens refreshTokens) {
        this.refreshTokens = refreshTokens;
    }

    @Override
    public void logOut(Command command) {
        refreshTokens.findByDigest(SecretDigest.of(command.refreshToken()))
                .ifPresent(token -> refreshTokens.revokeFamily(token.family()));
    }
}
