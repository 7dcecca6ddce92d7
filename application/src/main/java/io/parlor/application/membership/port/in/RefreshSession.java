package io.parlor.application.membership.port.in;

import java.util.Objects;

/** Exchanges a refresh token for a new pair; the presented token is spent (rotation). */
public interface RefreshSession {

    /**
     * @throws io.parlor.domain.membership.InvalidToken for an unknown, expired or revoked token, and
     *         for a token already exchanged, whose whole family is then revoked
     * @throws io.parlor.domain.membership.AccountBlocked, AccountWithdrawn if the member may no longer log in
     */
    Tokens refresh(Command command);

    record Command(String refreshToken) {
        public Command {
            Objects.requireNonNull(refreshToken, "refreshToken");
        }
    }
}
