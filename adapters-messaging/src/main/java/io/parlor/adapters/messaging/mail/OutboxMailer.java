package io.parlor.adapters.messaging.mail;

import io.parlor.application.membership.port.out.Mail;
import io.parlor.application.membership.port.out.Mailer;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The mailer of the embedded default, when no SMTP server is configured: keeps each mail as an
 * RFC 822 {@code .eml} file in a directory, named {@code <UTC time>-<random>.eml} so that names
 * sort by time, and logs one line naming recipient, subject and file. The log never shows the
 * body: bodies carry one-time codes and temporary passwords, which only the file should hold.
 * Where the file system is POSIX, the directory and files are readable by their owner only.
 */
public final class OutboxMailer implements Mailer {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxMailer.class);
    private static final String DEFAULT_FROM = "Parlor <no-reply@parlor.invalid>";
    private static final DateTimeFormatter NAME_TIME =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final Path directory;
    private final InternetAddress from;
    private final Clock clock;
    private final Session session = Session.getInstance(new Properties());

    /** Keeps mail in {@code directory}, created when missing, as sent by a non-deliverable address. */
    public OutboxMailer(Path directory) {
        this(directory, DEFAULT_FROM, Clock.systemUTC());
    }

    /**
     * @param from  the sender written into each mail, an RFC 822 address
     * @param clock dates the mails and their file names
     */
    public OutboxMailer(Path directory, String from, Clock clock) {
        this.directory = directory;
        this.from = SmtpMessages.address(from);
        this.clock = clock;
    }

    /** @throws UncheckedIOException when the directory or the file cannot be written */
    @Override
    public void send(Mail mail) {
        Instant now = clock.instant();
        Path file = directory.resolve(NAME_TIME.format(now) + "-" + UUID.randomUUID() + ".eml");
        try {
            Files.createDirectories(directory, ownerOnly("rwx------"));
            try (OutputStream out = new BufferedOutputStream(Channels.newOutputStream(Files.newByteChannel(file,
                    Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), ownerOnly("rw-------"))))) {
                SmtpMessages.compose(session, from, mail, now).writeTo(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not keep a mail in the outbox " + directory, e);
        } catch (MessagingException e) {
            throw new IllegalArgumentException("could not compose a mail to " + mail.to(), e);
        }
        LOG.info("mail to {} with subject \"{}\" kept in the outbox as {}", mail.to(), mail.subject(),
                file.getFileName());
    }

    private FileAttribute<?>[] ownerOnly(String permissions) {
        if (!directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[0];
        }
        var attribute = PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions));
        return new FileAttribute<?>[] {attribute};
    }
}
