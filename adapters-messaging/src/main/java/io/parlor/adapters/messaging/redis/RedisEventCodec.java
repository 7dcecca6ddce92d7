package io.parlor.adapters.messaging.redis;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jmolecules.event.types.DomainEvent;

/**
 * Turns domain events into JSON envelopes {@code {"type": <class>, "event": {...}}} and back;
 * {@code java.time} values and {@code Optional} components (a cancellation's reason) included.
 * Only records that implement {@link DomainEvent} are ever instantiated from a message, so a
 * crafted message cannot make this process build arbitrary classes.
 */
final class RedisEventCodec {

    private final ObjectMapper json = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new Jdk8Module())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private final ClassLoader loader;
    /** The classes that passed the check below, by name: only domain event records, so a few dozen at most. */
    private final Map<String, Class<?>> eventTypes = new ConcurrentHashMap<>();

    RedisEventCodec(ClassLoader loader) {
        this.loader = loader;
    }

    String encode(DomainEvent event) {
        try {
            return json.writeValueAsString(new Envelope(event.getClass().getName(), event));
        } catch (IOException e) {
            throw new UncheckedIOException("an event that cannot be written as JSON", e);
        }
    }

    // read as a stream, not as a tree then converted: every event another instance publishes is read here
    DomainEvent decode(String message) {
        try (JsonParser parser = json.createParser(message)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("an event message is a JSON object");
            }
            Class<?> type = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                if (field.equals("type")) {
                    type = eventType(parser.getValueAsString());
                } else if (field.equals("event") && type != null) {
                    return (DomainEvent) json.readValue(parser, type);
                } else if (field.equals("event")) {
                    return decodeAsTree(message);
                } else {
                    parser.skipChildren();
                }
            }
            throw new IllegalArgumentException("an event message holds a type and an event");
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable event message", e);
        }
    }

    /** For a message whose event comes before its type, which this codec never writes. */
    private DomainEvent decodeAsTree(String message) throws IOException {
        JsonNode envelope = json.readTree(message);
        return (DomainEvent) json.treeToValue(envelope.path("event"), eventType(envelope.path("type").asText()));
    }

    private Class<?> eventType(String name) {
        if (name == null) {
            throw new IllegalArgumentException("an event message names its type as a string");
        }
        var known = eventTypes.get(name);
        if (known != null) {
            return known;
        }
        Class<?> type;
        try {
            type = Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("unknown event type", e);
        }
        if (!type.isRecord() || !DomainEvent.class.isAssignableFrom(type)) {
            throw new IllegalArgumentException("not a domain event record: " + type.getName());
        }
        eventTypes.put(name, type);
        return type;
    }

    /** What goes over the wire: the event's class first, so that a reader knows what follows. */
    private record Envelope(String type, DomainEvent event) {
    }
}
