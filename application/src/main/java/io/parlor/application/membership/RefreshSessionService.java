package io.parlor.application.membership;

import io.parlor.application.membership.port.in.RefreshSession;
import io.parlor.application.membership.port.in.Tokens;
import io.parlor.application.membership.port.out.Members;
import io.parlor.application.membership.port.out.RefreshTokens;
import io.parlor.application.shared.port.out.TimeSource;
import io.parlor.application.shared.port.out.TransactionRunner;
import io.parlor.domain.membership.InvalidToken;
import io.parlor.domain.membership.RefreshToken;
import io.parlor.domain.membership.RefreshTokenStatus;
import io.parlor.domain.membership.SecretDigest;
import io.parlor.domain.shared.DomainError;
import java.util.Optional;

/**
 * Rotation and the new token commit together; a reuse (a token already rotated, or lost the
 * race to rotate) revokes the family in its own write, after which the error is thrown.
 */
final class RefreshSessionService implements RefreshSession {

    private final Members members;
    private final RefreshTokens refreshTokens;
    private final Sessions sessions;
    private final TransactionRunner transactions;
    private final TimeSource time;

    RefreshSessionService(Members members, RefreshTokens refreshTokens, Sessions sessions,
            TransactionRunner transactions, TimeSource time) {
        this.members = members;
        this.refreshTokens = refreshTokens;
        this.sessions = sessions;
        this.transactions = transactions;
        this.time = time;
    }

    @Override
    public Tokens refresh(Command command) {
        var now = time.now();
        var digest = SecretDigest.of(command.refreshToken());
        RefreshToken stored = refreshTokens.findByDigest(digest).orElseThrow(InvalidToken::new);
        if (stored.status() == RefreshTokenStatus.ROTATED) {
            throw revoked(stored);
        }
        if (stored.status() == RefreshTokenStatus.REVOKED || stored.expiredAt(now)) {
            throw new InvalidToken();
        }
        var member = members.findById(stored.member()).orElseThrow(InvalidToken::new);
        try {
            member.admit(now);
        } catch (DomainError refused) {
            refreshTokens.revokeFamily(stored.family());
            throw refused;
        }
        Optional<Tokens> issued = transactions.inTransaction(() -> refreshTokens.rotate(digest)
                ? Optional.of(sessions.issue(member, stored.family(), member.passwordChangeRequired(), now))
                : Optional.empty());
        return issued.orElseThrow(() -> revoked(stored));
    }

    private InvalidToken revoked(RefreshToken reused) {
        refreshTokens.revokeFamily(reused.family());
        return new InvalidToken();
    }
}
