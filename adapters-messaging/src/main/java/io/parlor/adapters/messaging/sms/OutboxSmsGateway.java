package io.parlor.adapters.messaging.sms;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.parlor.application.notification.port.out.SmsGateway;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.LinkedHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SMS gateway of the embedded default: appends each message as one JSON line
 * ({@code at}, {@code to}, {@code text}) to {@code sms-outbox.jsonl} in a directory, and logs that
 * it did without the text.
 */
public final class OutboxSmsGateway implements SmsGateway {

    /** The file, inside the directory, that holds the messages. */
    public static final String FILE_NAME = "sms-outbox.jsonl";

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSmsGateway.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path directory;
    private final Clock clock;

    public OutboxSmsGateway(Path directory) {
        this(directory, Clock.systemUTC());
    }

    public OutboxSmsGateway(Path directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public synchronized void send(String phone, String text) {
        var line = new LinkedHashMap<String, String>();
        line.put("at", clock.instant().toString());
        line.put("to", phone);
        line.put("text", text);
        try {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve(FILE_NAME), JSON.writeValueAsString(line) + "\n",
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("could not keep an SMS in the outbox " + directory, e);
        }
        LOG.info("SMS to {} kept in the outbox {}", phone, FILE_NAME);
    }
}
