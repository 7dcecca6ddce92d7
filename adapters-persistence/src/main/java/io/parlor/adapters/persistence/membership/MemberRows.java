package io.parlor.adapters.persistence.membership;

import static io.parlor.adapters.persistence.shared.Sql.instant;
import static io.parlor.adapters.persistence.shared.Sql.optionalInstant;
import static io.parlor.adapters.persistence.shared.Sql.uuid;

import io.parlor.adapters.persistence.shared.Sql;
import io.parlor.domain.membership.Block;
import io.parlor.domain.membership.Email;
import io.parlor.domain.membership.LoginFailures;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.MemberName;
import io.parlor.domain.membership.MemberState;
import io.parlor.domain.membership.PasswordHash;
import io.parlor.domain.membership.Phone;
import io.parlor.domain.membership.Role;
import io.parlor.domain.membership.SecretDigest;
import io.parlor.domain.membership.TemporaryPassword;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The columns of table {@code members} and how a {@link MemberState} maps onto them. */
final class MemberRows {

    /** Every column but {@code id}, in the order of {@link #fields}. */
    private static final List<String> FIELDS = List.of("email", "former_email_digest", "name", "phone",
            "password_hash", "temporary_password_hash", "temporary_password_expires_at", "temporary_password_used",
            "email_verified", "failed_logins", "locked_until", "block_reason", "blocked_since", "blocked_until",
            "withdrawn_at", "joined_at", "tokens_not_before");

    static final String SELECT = "SELECT id, " + String.join(", ", FIELDS) + " FROM members";

    /** Inserts nothing when the id or the email is taken, leaving the transaction usable. */
    static final String INSERT = "INSERT INTO members (id, " + String.join(", ", FIELDS) + ") VALUES (?"
            + ", ?".repeat(FIELDS.size()) + ") ON CONFLICT DO NOTHING";

    static final String UPDATE = "UPDATE members SET "
            + FIELDS.stream().map(column -> column + " = ?").collect(Collectors.joining(", ")) + " WHERE id = ?";

    private MemberRows() {
    }

    /** The parameters of {@link #INSERT}. */
    static Object[] inserted(MemberState state) {
        var parameters = new ArrayList<Object>(FIELDS.size() + 1);
        parameters.add(state.id().value());
        parameters.addAll(fields(state));
        return parameters.toArray();
    }

    /** The parameters of {@link #UPDATE}. */
    static Object[] updated(MemberState state) {
        var parameters = new ArrayList<Object>(fields(state));
        parameters.add(state.id().value());
        return parameters.toArray();
    }

    /** A row of {@code members}: the member as soon as its roles, kept in another table, are known. */
    record Row(MemberId id, Function<Set<Role>, MemberState> withRoles) {
    }

    /** The current row of a {@link #SELECT}. */
    static Row read(ResultSet row) throws SQLException {
        var id = new MemberId(uuid(row, "id"));
        var email = new Email(row.getString("email"));
        var formerEmail = Optional.ofNullable(row.getString("former_email_digest")).map(SecretDigest::new);
        var name = Optional.ofNullable(row.getString("name")).map(MemberName::new);
        var phone = Optional.ofNullable(row.getString("phone")).map(Phone::new);
        var password = Optional.ofNullable(row.getString("password_hash")).map(PasswordHash::new);
        var temporary = temporaryPassword(row);
        boolean verified = row.getBoolean("email_verified");
        var failures = failures(row);
        var block = block(row);
        var withdrawnAt = optionalInstant(row, "withdrawn_at");
        var joinedAt = instant(row, "joined_at");
        var tokensNotBefore = instant(row, "tokens_not_before");
        return new Row(id, roles -> new MemberState(id, email, formerEmail, name, phone, password, temporary, roles,
                verified, failures, block, withdrawnAt, joinedAt, tokensNotBefore));
    }

    /** The failures on the current row of a query selecting {@code failed_logins, locked_until}. */
    static LoginFailures failures(ResultSet row) throws SQLException {
        return new LoginFailures(row.getInt("failed_logins"), optionalInstant(row, "locked_until"));
    }

    private static Optional<TemporaryPassword> temporaryPassword(ResultSet row) throws SQLException {
        Optional<String> hash = Optional.ofNullable(row.getString("temporary_password_hash"));
        if (hash.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TemporaryPassword(new PasswordHash(hash.get()),
                instant(row, "temporary_password_expires_at"), row.getBoolean("temporary_password_used")));
    }

    private static Optional<Block> block(ResultSet row) throws SQLException {
        Optional<String> reason = Optional.ofNullable(row.getString("block_reason"));
        if (reason.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Block(reason.get(), instant(row, "blocked_since"),
                optionalInstant(row, "blocked_until")));
    }

    private static List<Object> fields(MemberState state) {
        Optional<TemporaryPassword> temporary = state.temporaryPassword();
        Optional<Block> block = state.block();
        return Arrays.asList(
                state.email().value(),
                state.formerEmail().map(SecretDigest::hex).orElse(null),
                state.name().map(MemberName::value).orElse(null),
                state.phone().map(Phone::value).orElse(null),
                state.password().map(PasswordHash::encoded).orElse(null),
                temporary.map(t -> t.hash().encoded()).orElse(null),
                temporary.map(TemporaryPassword::expiresAt).orElse(null),
                temporary.map(TemporaryPassword::usedForLogin).orElse(false),
                state.emailVerified(),
                state.failures().count(),
                state.failures().lockedUntil().orElse(null),
                block.map(Block::reason).orElse(null),
                block.map(Block::since).orElse(null),
                block.flatMap(Block::until).orElse(null),
                state.withdrawnAt().orElse(null),
                state.joinedAt(),
                state.tokensNotBefore());
    }
}
