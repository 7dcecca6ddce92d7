package io.parlor.adapters.persistence.notification;

import static io.parlor.adapters.persistence.shared.Sql.first;
import static io.parlor.adapters.persistence.shared.Sql.query;
import static io.parlor.adapters.persistence.shared.Sql.update;
import static io.parlor.adapters.persistence.shared.Sql.uuid;

import io.micronaut.transaction.TransactionOperations;
import io.parlor.adapters.persistence.shared.Sql;
import io.parlor.application.notification.port.out.Templates;
import io.parlor.domain.membership.ShopId;
import io.parlor.domain.notification.MessageTemplate;
import io.parlor.domain.notification.TemplateId;
import io.parlor.domain.notification.Trigger;
import io.parlor.domain.notification.TriggerType;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/** {@link Templates} in the table {@code message_templates}, one row per template, its trigger in three columns. */
@Singleton
public final class JdbcTemplates implements Templates {

    private static final String COLUMNS = "id, shop_id, name, body, trigger_type, offset_days, send_time";
    private static final String INSERT = "INSERT INTO message_templates (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE = """
            UPDATE message_templates SET name = ?, body = ?, trigger_type = ?, offset_days = ?, send_time = ?
            WHERE shop_id = ? AND id = ?""";
    private static final String DELETE = "DELETE FROM message_templates WHERE shop_id = ? AND id = ?";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM message_templates WHERE shop_id = ?";
    private static final String ORDER = " ORDER BY name, id";

    private final Sql sql;

    public JdbcTemplates(TransactionOperations<Connection> transactions) {
        this.sql = new Sql(transactions);
    }

    @Override
    public void add(MessageTemplate template) {
        var trigger = template.trigger();
        sql.write(connection -> update(connection, INSERT, template.id().value(), template.shop().value(),
                template.name(), template.body(), trigger.type(), trigger.offsetDays(), time(trigger)));
    }

    @Override
    public boolean replace(MessageTemplate template) {
        var trigger = template.trigger();
        return sql.write(connection -> update(connection, UPDATE, template.name(), template.body(), trigger.type(),
                trigger.offsetDays(), time(trigger), template.shop().value(), template.id().value()) == 1);
    }

    @Override
    public boolean remove(ShopId shop, TemplateId id) {
        return sql.write(connection -> update(connection, DELETE, shop.value(), id.value()) == 1);
    }

    @Override
    public Optional<MessageTemplate> find(ShopId shop, TemplateId id) {
        return sql.read(connection -> first(connection, SELECT + " AND id = ?", JdbcTemplates::read, shop.value(),
                id.value()));
    }

    @Override
    public List<MessageTemplate> ofShop(ShopId shop) {
        return sql.read(connection -> query(connection, SELECT + ORDER, JdbcTemplates::read, shop.value()));
    }

    @Override
    public List<MessageTemplate> triggeredBy(ShopId shop, TriggerType type) {
        return sql.read(connection -> query(connection, SELECT + " AND trigger_type = ?" + ORDER, JdbcTemplates::read,
                shop.value(), type));
    }

    private static String time(Trigger trigger) {
        return trigger.at().map(LocalTime::toString).orElse(null);
    }

    private static MessageTemplate read(ResultSet row) throws SQLException {
        var trigger = new Trigger(TriggerType.valueOf(row.getString("trigger_type")), row.getInt("offset_days"),
                Optional.ofNullable(row.getString("send_time")).map(LocalTime::parse));
        return new MessageTemplate(new TemplateId(uuid(row, "id")), new ShopId(uuid(row, "shop_id")),
                row.getString("name"), row.getString("body"), trigger);
    }
}
