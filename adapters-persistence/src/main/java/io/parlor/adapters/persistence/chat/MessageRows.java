package io.parlor.adapters.persistence.chat;

import static io.parlor.adapters.persistence.shared.Sql.instant;
import static io.parlor.adapters.persistence.shared.Sql.uuid;

import io.parlor.adapters.persistence.shared.Sql;
import io.parlor.domain.chat.AttachmentId;
import io.parlor.domain.chat.ClientMessageId;
import io.parlor.domain.chat.Message;
import io.parlor.domain.chat.MessageContent;
import io.parlor.domain.chat.MessageId;
import io.parlor.domain.chat.MessageType;
import io.parlor.domain.chat.RoomId;
import io.parlor.domain.membership.MemberId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** The columns of table {@code chat_messages} and how a {@link Message} maps onto them. */
final class MessageRows {

    /** Every column; {@code m} names the table. */
    static final String COLUMNS =
            "m.id, m.room_id, m.seq, m.sender_id, m.type, m.body, m.attachment_id, m.client_message_id, m.sent_at";

    /** Every column, in the order of {@link #inserted}. */
    private static final String INSERTED_COLUMNS =
            "(id, room_id, seq, sender_id, type, body, attachment_id, client_message_id, sent_at)";

    static final String INSERT =
            "INSERT INTO chat_messages " + INSERTED_COLUMNS + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private MessageRows() {
    }

    /** The parameters of {@link #INSERT}. */
    static Object[] inserted(Message m) {
        return new Object[] {m.id().value(), m.room().value(), m.seq(), m.sender().value(), m.content().type(),
                m.content().text(), m.content().attachment().map(AttachmentId::value).orElse(null),
                m.clientMessageId().map(ClientMessageId::value).orElse(null), m.sentAt()};
    }

    /** The current row of a query selecting {@link #COLUMNS}. */
    static Message read(ResultSet row) throws SQLException {
        var content = new MessageContent(MessageType.valueOf(row.getString("type")), row.getString("body"),
                Optional.ofNullable(uuid(row, "attachment_id")).map(AttachmentId::new));
        return new Message(new MessageId(uuid(row, "id")), new RoomId(uuid(row, "room_id")), row.getLong("seq"),
                new MemberId(uuid(row, "sender_id")), content,
                Optional.ofNullable(row.getString("client_message_id")).map(ClientMessageId::new),
                instant(row, "sent_at"));
    }
}
