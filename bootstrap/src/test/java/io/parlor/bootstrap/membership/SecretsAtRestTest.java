package io.parlor.bootstrap.membership;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** After a full membership flow, no table row and no log line holds a secret in clear. */
class SecretsAtRestTest extends MembershipHttpSuite {

    @Inject
    DataSource dataSource;

    @Test
    void noPasswordCodeOrTokenIsStoredOrLoggedInClear() throws SQLException {
        var log = new ListAppender<ILoggingEvent>();
        log.start();
        var root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(log);
        List<String> secrets = new ArrayList<>();
        try {
            secrets.addAll(runTheWholeFlow());
        } finally {
            root.detachAppender(log);
        }

        String everyStoredText = String.join("\n", everyTextCell());
        String everyLogLine = String.join("\n", log.list.stream().map(ILoggingEvent::getFormattedMessage).toList());

        assertThat(secrets).hasSizeGreaterThanOrEqualTo(6).allSatisfy(secret -> {
            assertThat(everyStoredText).doesNotContain(secret);
            assertThat(everyLogLine).doesNotContain(secret);
        });
        assertThat(everyStoredText).contains("$argon2id$");
    }

    private List<String> runTheWholeFlow() {
        var email = freshEmail();
        api.post("/auth/signup", Map.of("email", email, "password", PASSWORD, "name", "Ana Kim"));
        var verificationCode = mailbox.latestCode(email);
        api.post("/auth/email/verify", Map.of("email", email, "code", verificationCode));
        var login = logIn(email, PASSWORD);
        var refreshed = api.post("/auth/refresh", Map.of("refreshToken", login.text("refreshToken")));
        api.post("/auth/password/reset", Map.of("email", email));
        var temporary = mailbox.temporaryPassword(email);
        return List.of(PASSWORD, verificationCode, login.text("refreshToken"), login.text("accessToken"),
                refreshed.text("refreshToken"), temporary);
    }

    private List<String> everyTextCell() throws SQLException {
        List<String> cells = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             var columns = connection.createStatement().executeQuery(
                     "SELECT table_name, column_name FROM information_schema.columns "
                             + "WHERE table_schema = 'public' AND data_type IN ('CHARACTER VARYING', 'CHARACTER LARGE OBJECT', 'text', 'character varying')")) {
            List<String[]> textColumns = new ArrayList<>();
            while (columns.next()) {
                textColumns.add(new String[] {columns.getString(1), columns.getString(2)});
            }
            for (String[] column : textColumns) {
                try (var rows = connection.createStatement().executeQuery(
                        "SELECT \"" + column[1] + "\" FROM \"" + column[0] + "\"")) {
                    while (rows.next()) {
                        cells.add(String.valueOf(rows.getString(1)));
                    }
                }
            }
        }
        assertThat(cells).as("text cells read").isNotEmpty();
        return cells;
    }
}
