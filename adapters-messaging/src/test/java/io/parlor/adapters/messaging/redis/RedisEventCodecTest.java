package io.parlor.adapters.messaging.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parlor.application.shared.port.out.SampleEvent;
import org.junit.jupiter.api.Test;

class RedisEventCodecTest {

    private final RedisEventCodec codec = new RedisEventCodec(getClass().getClassLoader());

    @Test
    void anEventSurvivesTheRoundTrip() {
        var event = SampleEvent.numbered(42);

        var decoded = codec.decode(codec.encode(event));

        assertThat(decoded).isEqualTo(event);
    }

    @Test
    void refusesToBuildAClassThatIsNotADomainEventRecord() {
        String crafted = "{\"type\":\"java.lang.ProcessBuilder\",\"event\":{\"command\":[\"true\"]}}";

        assertThatThrownBy(() -> codec.decode(crafted))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a domain event record");
    }

    @Test
    void refusesAnUnknownType() {
        String crafted = "{\"type\":\"io.parlor.NoSuchEvent\",\"event\":{}}";

        assertThatThrownBy(() -> codec.decode(crafted)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ignoresFieldsAddedByANewerInstance() {
        String encoded = codec.encode(SampleEvent.numbered(1)).replace("\"n\":1", "\"n\":1,\"addedLater\":true");

        assertThat(codec.decode(encoded)).isEqualTo(SampleEvent.numbered(1));
    }

    @Test
    void readsAMessageWhoseEventComesBeforeItsType() {
        String encoded = codec.encode(SampleEvent.numbered(7));
        int event = encoded.indexOf(",\"event\":");
        String type = encoded.substring(1, event);
        String reordered = "{" + encoded.substring(event + 1, encoded.length() - 1) + "," + type + "}";

        assertThat(reordered).startsWith("{\"event\":");
        assertThat(codec.decode(reordered)).isEqualTo(SampleEvent.numbered(7));
    }

    @Test
    void refusesAMessageThatIsNoEnvelope() {
        assertThatThrownBy(() -> codec.decode("[1,2]")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> codec.decode("{\"type\":{\"name\":\"x\"},\"event\":{}}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("names its type");
        assertThatThrownBy(() -> codec.decode("{\"type\":\"" + SampleEvent.class.getName() + "\"}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a type and an event");
    }

    @Test
    void writesTheTypeFirst() {
        String encoded = codec.encode(SampleEvent.numbered(3));

        assertThat(encoded).startsWith("{\"type\":\"" + SampleEvent.class.getName() + "\",\"event\":{");
    }
}
