package io.parlor.adapters.persistence.membership;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Every character column of the membership tables, and every value stored in them, read with plain SQL. */
final class TextAtRest {

    private static final Set<String> TABLES = Set.of("members", "member_roles", "shops", "shop_designers",
            "shop_customers", "refresh_tokens");
    private static final Set<String> TEXT_TYPES = Set.of("character varying", "character", "text",
            "character large object");
    private static final String COLUMNS = """
            SELECT table_name, column_name, data_type FROM information_schema.columns
            WHERE table_schema = CURRENT_SCHEMA""";

    private final TransactionOperations<Connection> transactions;

    @SuppressWarnings("unchecked")
    TextAtRest(ApplicationContext context) {
        this.transactions = context.getBean(Argument.of(TransactionOperations.class, Connection.class));
    }

    /** The text columns, as {@code table.column}. */
    List<String> columns() {
        return transactions.executeRead(status -> {
            var columns = new ArrayList<String>();
            try (var rows = status.getConnection().createStatement().executeQuery(COLUMNS)) {
                while (rows.next()) {
                    String table = rows.getString("table_name").toLowerCase(Locale.ROOT);
                    String type = rows.getString("data_type").toLowerCase(Locale.ROOT);
                    if (TABLES.contains(table) && TEXT_TYPES.contains(type)) {
                        columns.add(table + "." + rows.getString("column_name").toLowerCase(Locale.ROOT));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return columns;
        });
    }

    /** Every non-null value of every text column. */
    List<String> values() {
        var values = new ArrayList<String>();
        for (String column : columns()) {
            String[] parts = column.split("\\.");
            String select = "SELECT " + parts[1] + " FROM " + parts[0] + " WHERE " + parts[1] + " IS NOT NULL";
            transactions.executeRead(status -> {
                try (var rows = status.getConnection().createStatement().executeQuery(select)) {
                    while (rows.next()) {
                        values.add(rows.getString(1));
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
                return null;
            });
        }
        return values;
    }
}
