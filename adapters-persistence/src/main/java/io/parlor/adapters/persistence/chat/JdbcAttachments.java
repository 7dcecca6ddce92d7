package io.parlor.adapters.persistence.chat;

import static io.parlor.adapters.persistence.shared.Sql.first;
import static io.parlor.adapters.persistence.shared.Sql.query;
import static io.parlor.adapters.persistence.shared.Sql.update;
import static io.parlor.adapters.persistence.shared.Sql.uuid;

import io.micronaut.transaction.TransactionOperations;
import io.parlor.adapters.persistence.shared.Sql;
import io.parlor.application.chat.port.out.Attachments;
import io.parlor.domain.chat.AttachmentId;
import io.parlor.domain.chat.AttachmentInfo;
import io.parlor.domain.membership.MemberId;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@link Attachments} in the table {@code chat_attachments} of {@code V5__chat_attachments.sql};
 * each method joins the transaction running on the thread or runs in one of its own. Adding is an
 * insert-if-absent ({@code ON CONFLICT DO NOTHING}) on the primary key, so that of concurrent adds
 * of one id exactly one stores and a refused one leaves the running transaction usable. An owner
 * that is no stored member is refused by the foreign key.
 */
@Singleton
public final class JdbcAttachments implements Attachments {

    private static final String INSERT = """
            INSERT INTO chat_attachments (id, owner_id, name, content_type, size, created_at)
            VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""";
    private static final String BY_ID =
            "SELECT id, owner_id, name, content_type, size FROM chat_attachments WHERE id = ?";

    private static final String UNPOSTED = """
            SELECT a.id FROM chat_attachments a
            WHERE a.created_at < ? AND NOT EXISTS (SELECT 1 FROM chat_messages m WHERE m.attachment_id = a.id)
            ORDER BY a.created_at, a.id LIMIT ?""";
    private static final String REMOVE_UNPOSTED = """
            DELETE FROM chat_attachments WHERE id = ?
            AND NOT EXISTS (SELECT 1 FROM chat_messages m WHERE m.attachment_id = chat_attachments.id)""";

    private final Sql sql;

    public JdbcAttachments(TransactionOperations<Connection> transactions) {
        this.sql = new Sql(transactions);
    }

    @Override
    public boolean add(AttachmentInfo attachment, Instant uploadedAt) {
        return sql.write(connection -> update(connection, INSERT, attachment.id().value(),
                attachment.owner().value(), attachment.name(), attachment.contentType(), attachment.size(),
                uploadedAt) == 1);
    }

    @Override
    public Optional<AttachmentInfo> find(AttachmentId id) {
        return sql.read(connection -> first(connection, BY_ID, JdbcAttachments::read, id.value()));
    }

    @Override
    public List<AttachmentId> unpostedBefore(Instant cutoff, int limit) {
        return sql.read(connection -> query(connection, UNPOSTED, row -> new AttachmentId(uuid(row, "id")), cutoff,
                limit));
    }

    @Override
    public boolean removeUnposted(AttachmentId id) {
        return sql.write(connection -> update(connection, REMOVE_UNPOSTED, id.value()) == 1);
    }

    private static AttachmentInfo read(ResultSet row) throws SQLException {
        return new AttachmentInfo(new AttachmentId(uuid(row, "id")), new MemberId(uuid(row, "owner_id")),
                row.getString("name"), row.getString("content_type"), row.getLong("size"));
    }
}
