package archfixtures.broken.adapters.http.chat;

import archfixtures.broken.adapters.persistence.chat.JdbcMessages;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import java.sql.Connection;

/**
 * Breaks: adapters do not depend on each other, and the HTTP adapter touches no persistence
 * technology.
 */
@Controller("/history")
final class HistoryController {

    private final JdbcMessages messages;
    private final Connection connection;

    HistoryController(JdbcMessages messages, Connection connection) {
        this.messages = messages;
        this.connection = connection;
    }

    @Get
    String history() {
        return messages.toString();
    }
}
