package io.parlor.application.shared.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.parlor.application.shared.port.out.Topic;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TopicTest {

    @Test
    void takesLettersDigitsAndTheFourMarks() {
        var key = UUID.fromString("7c1e5b9a-0d4f-4e2a-9b61-3f8d2c4a5e70");

        var topic = Topic.of("chat.room", key);

        assertThat(topic.name()).isEqualTo("chat.room.7c1e5b9a-0d4f-4e2a-9b61-3f8d2c4a5e70");
        assertThat(new Topic("Alerts_2:due-A9").name()).isEqualTo("Alerts_2:due-A9");
        assertThat(new Topic("x".repeat(200)).name()).hasSize(200);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"chat room", "chat/room", "chat.room.é", "chat*", "chat\n"})
    void refusesAnythingElse(String name) {
        assertThatIllegalArgumentException().isThrownBy(() -> new Topic(name)).withMessageContaining("a topic is");
    }

    @Test
    void refusesMoreThanTwoHundredCharacters() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Topic("x".repeat(201)));
    }
}
