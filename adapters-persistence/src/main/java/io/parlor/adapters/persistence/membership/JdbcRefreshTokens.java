package io.parlor.adapters.persistence.membership;

import static io.parlor.adapters.persistence.shared.Sql.first;
import static io.parlor.adapters.persistence.shared.Sql.instant;
import static io.parlor.adapters.persistence.shared.Sql.update;
import static io.parlor.adapters.persistence.shared.Sql.uuid;

import io.micronaut.transaction.TransactionOperations;
import io.parlor.adapters.persistence.shared.Sql;
import io.parlor.application.membership.port.out.RefreshTokens;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.RefreshToken;
import io.parlor.domain.membership.RefreshTokenStatus;
import io.parlor.domain.membership.SecretDigest;
import io.parlor.domain.membership.TokenFamily;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Instant;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * {@link RefreshTokens} in the table {@code refresh_tokens}, keyed by the token's digest (the
 * value itself is never stored). Rotation is one conditional, hand-written {@code UPDATE}: of
 * concurrent rotations of one token the database lets exactly one change the row.
 */
@Singleton
public final class JdbcRefreshTokens implements RefreshTokens {

    /** In batches, so that one purge never holds many row locks. */
    private static final String PURGE = """
            DELETE FROM refresh_tokens WHERE digest IN
                (SELECT digest FROM refresh_tokens WHERE expires_at < ? LIMIT ?)""";
    private static final String INSERT = """
            INSERT INTO refresh_tokens (digest, family_id, member_id, status, issued_at, expires_at)
            VALUES (?, ?, ?, ?, ?, ?)""";
    private static final String BY_DIGEST = """
            SELECT digest, family_id, member_id, status, issued_at, expires_at FROM refresh_tokens
            WHERE digest = ?""";
    private static final String ROTATE =
            "UPDATE refresh_tokens SET status = 'ROTATED' WHERE digest = ? AND status = 'ACTIVE'";
    private static final String REVOKE_FAMILY =
            "UPDATE refresh_tokens SET status = 'REVOKED' WHERE family_id = ? AND status <> 'REVOKED'";
    private static final String REVOKE_MEMBER =
            "UPDATE refresh_tokens SET status = 'REVOKED' WHERE member_id = ? AND status <> 'REVOKED'";

    private final Sql sql;

    public JdbcRefreshTokens(TransactionOperations<Connection> transactions) {
        this.sql = new Sql(transactions);
    }

    @Override
    public void add(RefreshToken token) {
        sql.write(connection -> update(connection, INSERT, token.digest().hex(), token.family().value(),
                token.member().value(), token.status(), token.issuedAt(), token.expiresAt()));
    }

    @Override
    public Optional<RefreshToken> findByDigest(SecretDigest digest) {
        return sql.read(connection -> first(connection, BY_DIGEST, JdbcRefreshTokens::read, digest.hex()));
    }

    @Override
    public boolean rotate(SecretDigest digest) {
        return sql.write(connection -> update(connection, ROTATE, digest.hex()) == 1);
    }

    @Override
    public void revokeFamily(TokenFamily family) {
        sql.write(connection -> update(connection, REVOKE_FAMILY, family.value()));
    }

    @Override
    public void revokeAllOf(MemberId member) {
        sql.write(connection -> update(connection, REVOKE_MEMBER, member.value()));
    }

    private static RefreshToken read(ResultSet row) throws SQLException {
        return new RefreshToken(new SecretDigest(row.getString("digest")), new TokenFamily(uuid(row, "family_id")),
                new MemberId(uuid(row, "member_id")), instant(row, "issued_at"), instant(row, "expires_at"),
                RefreshTokenStatus.valueOf(row.getString("status")));
    }

    @Override
    public int purgeExpired(Instant before, int limit) {
        return sql.write(connection -> update(connection, PURGE, before, limit));
    }
}
