package io.parlor.adapters.persistence.membership;

import static io.parlor.adapters.persistence.shared.Sql.first;
import static io.parlor.adapters.persistence.shared.Sql.query;
import static io.parlor.adapters.persistence.shared.Sql.update;
import static io.parlor.adapters.persistence.shared.Sql.uuid;

import io.micronaut.transaction.TransactionOperations;
import io.parlor.adapters.persistence.shared.Sql;
import io.parlor.application.membership.port.out.SocialIdentities;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.SocialIdentity;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@link SocialIdentities} in the table {@code social_identities}. Linking is an insert-if-absent
 * ({@code ON CONFLICT DO NOTHING}, hand-written) on the primary key (provider, subject), so that
 * of concurrent links of one identity exactly one inserts and none fails or aborts the running
 * transaction.
 */
@Singleton
public final class JdbcSocialIdentities implements SocialIdentities {

    private static final String LINK = """
            INSERT INTO social_identities (provider, subject, member_id, linked_at) VALUES (?, ?, ?, ?)
            ON CONFLICT DO NOTHING""";
    private static final String MEMBER_OF = "SELECT member_id FROM social_identities WHERE provider = ? AND subject = ?";
    private static final String LINKED_TO = """
            SELECT provider, subject FROM social_identities WHERE member_id = ?
            ORDER BY linked_at, provider, subject""";

    private final Sql sql;

    public JdbcSocialIdentities(TransactionOperations<Connection> transactions) {
        this.sql = new Sql(transactions);
    }

    @Override
    public boolean link(SocialIdentity identity, MemberId member, Instant at) {
        return sql.write(connection -> update(connection, LINK, identity.provider(), identity.subject(),
                member.value(), at) == 1);
    }

    @Override
    public Optional<MemberId> memberOf(SocialIdentity identity) {
        return sql.read(connection -> first(connection, MEMBER_OF, row -> new MemberId(uuid(row, "member_id")),
                identity.provider(), identity.subject()));
    }

    @Override
    public List<SocialIdentity> linkedTo(MemberId member) {
        return sql.read(connection -> query(connection, LINKED_TO,
                row -> new SocialIdentity(row.getString("provider"), row.getString("subject")), member.value()));
    }
}
