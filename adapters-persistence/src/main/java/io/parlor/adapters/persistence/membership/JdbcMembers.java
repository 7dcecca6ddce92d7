package io.parlor.adapters.persistence.membership;

import static io.parlor.adapters.persistence.shared.Sql.first;
import static io.parlor.adapters.persistence.shared.Sql.query;
import static io.parlor.adapters.persistence.shared.Sql.update;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionOperations;
import io.parlor.adapters.persistence.shared.Sql;
import io.parlor.application.membership.port.out.Members;
import io.parlor.domain.membership.Email;
import io.parlor.domain.membership.EmailTaken;
import io.parlor.domain.membership.LockoutPolicy;
import io.parlor.domain.membership.LoginFailures;
import io.parlor.domain.membership.Member;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.MemberNotFound;
import io.parlor.domain.membership.MemberState;
import io.parlor.domain.membership.Role;
import io.parlor.domain.membership.SecretDigest;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * {@link Members} in the tables {@code members} and {@code member_roles}. Each method joins the
 * transaction running on the thread or runs in one of its own. Domain errors are thrown after the
 * statements, so that a refused write never marks a surrounding transaction rollback-only.
 * Hand-written SQL: {@code ON CONFLICT DO NOTHING}, {@code FOR UPDATE} and the failure-counting
 * {@code CASE} read more plainly as SQL than as repository annotations.
 */
@Singleton
public final class JdbcMembers implements Members {

    private static final String BY_ID = MemberRows.SELECT + " WHERE id = ?";
    private static final String BY_EMAIL = MemberRows.SELECT + " WHERE email = ?";
    private static final String ROLES = "SELECT role FROM member_roles WHERE member_id = ?";
    private static final String ADD_ROLE = "INSERT INTO member_roles (member_id, role) VALUES (?, ?)";
    private static final String DROP_ROLES = "DELETE FROM member_roles WHERE member_id = ?";
    private static final String WITHDRAWN = "SELECT 1 FROM members WHERE former_email_digest = ?";
    private static final String FAILURES = "SELECT failed_logins, locked_until FROM members WHERE id = ?";
    private static final String CLEAR_FAILURES =
            "UPDATE members SET failed_logins = 0, locked_until = NULL WHERE id = ?";

    private final Sql sql;

    public JdbcMembers(TransactionOperations<Connection> transactions) {
        this.sql = new Sql(transactions);
    }

    @Override
    public void add(Member member) {
        MemberState state = member.state();
        boolean added = sql.write(connection -> {
            if (update(connection, MemberRows.INSERT, MemberRows.inserted(state)) == 0) {
                return false;
            }
            addRoles(connection, state);
            return true;
        });
        if (!added) {
            throw new EmailTaken();
        }
    }

    @Override
    public void save(Member member) {
        MemberState state = member.state();
        boolean saved;
        try {
            saved = sql.write(connection -> {
                if (update(connection, MemberRows.UPDATE, MemberRows.updated(state)) == 0) {
                    return false;
                }
                update(connection, DROP_ROLES, state.id().value());
                addRoles(connection, state);
                return true;
            });
        } catch (DataAccessException e) {
            if (Sql.isUniqueViolation(e)) {
                throw new EmailTaken();
            }
            throw e;
        }
        if (!saved) {
            throw new MemberNotFound();
        }
    }

    @Override
    public Optional<Member> findById(MemberId id) {
        return sql.read(connection -> load(connection, BY_ID, id.value()));
    }

    @Override
    public Optional<Member> lockById(MemberId id) {
        return sql.write(connection -> load(connection, BY_ID + " FOR UPDATE", id.value()));
    }

    @Override
    public Optional<Member> findByEmail(Email email) {
        return sql.read(connection -> load(connection, BY_EMAIL, email.value()));
    }

    @Override
    public boolean existsWithdrawn(SecretDigest formerEmail) {
        return sql.read(connection -> first(connection, WITHDRAWN, row -> true, formerEmail.hex())).isPresent();
    }

    @Override
    public LoginFailures recordFailedLogin(MemberId id, Instant now, LockoutPolicy policy) {
        return sql.write(connection -> FailedLogins.record(connection, id, now, policy)
                ? first(connection, FAILURES, MemberRows::failures, id.value())
                : Optional.<LoginFailures>empty())
                .orElseThrow(MemberNotFound::new);
    }

    @Override
    public void clearFailedLogins(MemberId id) {
        sql.write(connection -> update(connection, CLEAR_FAILURES, id.value()));
    }

    private static Optional<Member> load(Connection connection, String select, Object key) throws SQLException {
        Optional<MemberRows.Row> found = first(connection, select, MemberRows::read, key);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(query(connection, ROLES, row -> Role.valueOf(row.getString("role")), found.get().id().value()));
        return Optional.of(Member.reconstitute(found.get().withRoles().apply(roles)));
    }

    private static void addRoles(Connection connection, MemberState state) throws SQLException {
        for (Role role : state.roles()) {
            update(connection, ADD_ROLE, state.id().value(), role);
        }
    }
}
