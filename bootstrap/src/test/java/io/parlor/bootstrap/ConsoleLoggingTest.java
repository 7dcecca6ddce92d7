package io.parlor.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

class ConsoleLoggingTest {

    @Test
    void withoutAnXmlFileTheRootLogsInfoToTheConsoleAndNoOtherConfiguratorRuns() {
        var context = new LoggerContext();

        var status = new ConsoleLogging(name -> false).configure(context);

        var root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(status).isEqualTo(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
        assertThat(root.getLevel()).isEqualTo(Level.INFO);
        var appender = root.getAppender("STDOUT");
        assertThat(appender).isInstanceOf(ConsoleAppender.class);
        assertThat(appender.isStarted()).isTrue();
        var encoder = (PatternLayoutEncoder) ((ConsoleAppender<ILoggingEvent>) appender).getEncoder();
        assertThat(encoder.getPattern()).isEqualTo(ConsoleLogging.PATTERN);
    }

    @Test
    void anXmlFileOnTheClassPathTakesOver() {
        for (String file : Set.of("logback.xml", "logback-test.xml")) {
            var context = new LoggerContext();

            var status = new ConsoleLogging(file::equals).configure(context);

            assertThat(status).as(file).isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
            assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders().hasNext()).as(file).isFalse();
        }
    }
}
