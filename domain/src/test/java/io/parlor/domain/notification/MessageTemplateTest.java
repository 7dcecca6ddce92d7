package io.parlor.domain.notification;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parlor.domain.membership.ShopId;
import io.parlor.domain.shared.InvalidValue;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MessageTemplateTest {

    @Test
    void onlyTheFourPlaceholdersParlorFillsAreAccepted() {
        assertThatCode(() -> MessageTemplate.requireKnown(Set.of("customerName", "reservationStart")))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> MessageTemplate.requireKnown(Set.of("customerName", "password")))
                .isInstanceOf(UnknownPlaceholder.class)
                .hasMessageContaining("password")
                .extracting(e -> ((UnknownPlaceholder) e).code()).isEqualTo("unknown-placeholder");
    }

    @Test
    void aTemplateHasANameAndABodyWithinLimits() {
        var shop = new ShopId(UUID.randomUUID());
        var id = new TemplateId(UUID.randomUUID());
        var trigger = Trigger.of(TriggerType.MANUAL);

        assertThatThrownBy(() -> new MessageTemplate(id, shop, "", "Hi", trigger)).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new MessageTemplate(id, shop, "Hi", "  ", trigger)).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new MessageTemplate(id, shop, "Hi", "x".repeat(1_001), trigger))
                .isInstanceOf(InvalidValue.class);
    }
}
