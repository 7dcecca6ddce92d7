package io.parlor.adapters.messaging.redis;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
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

    RedisEventCodec(ClassLoader loader) {
        this.loader = loader;
    }

    String encode(DomainEvent event) {
        var envelope = json.createObjectNode();
        envelope.put("type", event.getClass().getName());
        envelope.set("event", json.valueToTree(event));
        return envelope.toString();
    }

    DomainEvent decode(String message) {
        try {
            JsonNode envelope = json.readTree(message);
            Class<?> type = Class.forName(envelope.path("type").asText(), false, loader);
            if (!type.isRecord() || !DomainEvent.class.isAssignableFrom(type)) {
                throw new IllegalArgumentException("not a domain event record: " + type.getName());
            }
            return (DomainEvent) json.treeToValue(envelope.path("event"), type);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable event message", e);
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("unknown event type", e);
        }
    }
}
