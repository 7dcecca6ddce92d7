package io.parlor.application.membership.inmemory;

import io.parlor.application.membership.port.out.RefreshTokens;
import io.parlor.application.shared.inmemory.InMemoryTransactionRunner;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.RefreshToken;
import io.parlor.domain.membership.RefreshTokenStatus;
import io.parlor.domain.membership.SecretDigest;
import io.parlor.domain.membership.TokenFamily;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/** Refresh tokens in a map by digest; writes run as (or join) units of work of the runner. */
public final class InMemoryRefreshTokens implements RefreshTokens {

    private final InMemoryTransactionRunner transactions;
    private final Map<SecretDigest, RefreshToken> byDigest = new ConcurrentHashMap<>();

    public InMemoryRefreshTokens(InMemoryTransactionRunner transactions) {
        this.transactions = transactions;
    }

    @Override
    public void add(RefreshToken token) {
        transactions.runInTransaction(() -> write(token));
    }

    @Override
    public Optional<RefreshToken> findByDigest(SecretDigest digest) {
        return Optional.ofNullable(byDigest.get(digest));
    }

    @Override
    public int purgeExpired(Instant before, int limit) {
        return transactions.inTransaction(() -> {
            var expired = byDigest.values().stream().filter(t -> t.expiresAt().isBefore(before)).limit(limit).toList();
            for (var token : expired) {
                byDigest.remove(token.digest());
                transactions.onRollback(() -> byDigest.put(token.digest(), token));
            }
            return expired.size();
        });
    }

    @Override
    public boolean rotate(SecretDigest digest) {
        return transactions.inTransaction(() -> {
            var token = byDigest.get(digest);
            if (token == null || token.status() != RefreshTokenStatus.ACTIVE) {
                return false;
            }
            write(token.withStatus(RefreshTokenStatus.ROTATED));
            return true;
        });
    }

    @Override
    public void revokeFamily(TokenFamily family) {
        revokeWhere(token -> token.family().equals(family));
    }

    @Override
    public void revokeAllOf(MemberId member) {
        revokeWhere(token -> token.member().equals(member));
    }

    private void revokeWhere(Predicate<RefreshToken> selected) {
        transactions.runInTransaction(() -> byDigest.values().stream()
                .filter(selected)
                .filter(token -> token.status() != RefreshTokenStatus.REVOKED)
                .toList()
                .forEach(token -> write(token.withStatus(RefreshTokenStatus.REVOKED))));
    }

    private void write(RefreshToken token) {
        RefreshToken previous = byDigest.put(token.digest(), token);
        transactions.onRollback(() -> {
            if (previous == null) {
                byDigest.remove(token.digest());
            } else {
                byDigest.put(token.digest(), previous);
            }
        });
    }
}
