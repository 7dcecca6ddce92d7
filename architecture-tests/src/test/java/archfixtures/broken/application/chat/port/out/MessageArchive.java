package archfixtures.broken.application.chat.port.out;

import javax.sql.DataSource;

/** Breaks: the application layer is framework-free, and JDBC is no exception. */
public interface MessageArchive {

    DataSource dataSource();
}
