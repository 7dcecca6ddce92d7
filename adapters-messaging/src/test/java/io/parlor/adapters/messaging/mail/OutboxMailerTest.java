package io.parlor.adapters.messaging.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.parlor.application.membership.port.out.Mail;
import io.parlor.domain.membership.Email;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class OutboxMailerTest {

    private static final Instant SENT_AT = Instant.parse("2025-03-01T09:30:00Z");
    private static final String FROM = "Parlor <no-reply@parlor.test>";
    private static final Mail MAIL = new Mail(new Email("guest@example.com"), "Réservation ✓ 예약",
            "Your code is 482913 – é ✓ 예약\n");

    @TempDir
    Path dataDir;

    private final Logger logger = (Logger) LoggerFactory.getLogger(OutboxMailer.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void captureTheLog() {
        logged.start();
        logger.addAppender(logged);
        logger.setAdditive(false);
        logger.setLevel(Level.INFO);
    }

    @AfterEach
    void releaseTheLog() {
        logger.detachAppender(logged);
        logger.setAdditive(true);
        logger.setLevel(null);
    }

    @Test
    void keepsTheMailAsAFileThatParsesBack() throws Exception {
        var outbox = dataDir.resolve("outbox");

        mailerAt(outbox, SENT_AT).send(MAIL);

        MimeMessage kept = read(single(outbox));
        assertThat(kept.getFrom()).containsExactly(new InternetAddress(FROM));
        assertThat(kept.getAllRecipients()).containsExactly(new InternetAddress("guest@example.com"));
        assertThat(kept.getSubject()).isEqualTo(MAIL.subject());
        assertThat(((String) kept.getContent()).replace("\r\n", "\n")).isEqualTo(MAIL.text());
        assertThat(kept.getSentDate().toInstant()).isEqualTo(SENT_AT);
    }

    @Test
    void logsRecipientAndSubjectButNeverTheBody() {
        var outbox = dataDir.resolve("outbox");

        mailerAt(outbox, SENT_AT).send(MAIL);

        assertThat(logged.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.INFO);
            assertThat(event.getFormattedMessage()).contains("guest@example.com", MAIL.subject())
                    .doesNotContain("482913").doesNotContain("Your code");
        });
    }

    @Test
    void fileNamesSortByTheTimeTheMailsWereSent() throws IOException {
        var outbox = dataDir.resolve("outbox");

        mailerAt(outbox, SENT_AT.plusSeconds(1)).send(new Mail(MAIL.to(), "later", "b"));
        mailerAt(outbox, SENT_AT).send(new Mail(MAIL.to(), "earlier", "a"));

        List<Path> sorted = files(outbox).sorted().toList();
        assertThat(sorted).extracting(file -> read(file).getSubject()).containsExactly("earlier", "later");
        assertThat(sorted).allSatisfy(file -> assertThat(file.getFileName().toString()).endsWith(".eml"));
    }

    @Test
    void onlyTheOwnerMayReadTheOutbox() throws IOException {
        assumeTrue(dataDir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        var outbox = dataDir.resolve("outbox");

        mailerAt(outbox, SENT_AT).send(MAIL);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(outbox))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(single(outbox))))
                .isEqualTo("rw-------");
    }

    private static OutboxMailer mailerAt(Path outbox, Instant now) {
        return new OutboxMailer(outbox, FROM, Clock.fixed(now, ZoneOffset.UTC));
    }

    private static Stream<Path> files(Path outbox) throws IOException {
        try (Stream<Path> listing = Files.list(outbox)) {
            return listing.toList().stream();
        }
    }

    private static Path single(Path outbox) throws IOException {
        List<Path> all = files(outbox).toList();
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    private static MimeMessage read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new MimeMessage(Session.getInstance(new Properties()), in);
        } catch (IOException | jakarta.mail.MessagingException e) {
            throw new AssertionError("unreadable outbox file " + file, e);
        }
    }
}
