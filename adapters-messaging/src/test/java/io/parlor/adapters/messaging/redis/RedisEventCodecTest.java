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
}
