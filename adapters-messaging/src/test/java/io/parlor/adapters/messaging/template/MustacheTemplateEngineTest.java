package io.parlor.adapters.messaging.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parlor.domain.notification.UnknownPlaceholder;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MustacheTemplateEngineTest {

    private final MustacheTemplateEngine engine = new MustacheTemplateEngine();

    @Test
    void findsThePlaceholdersABodyUses() {
        assertThat(engine.placeholders("Hi {{customerName}}, see you {{ reservationStart }} at {{shopName}}."
                + " {{! a note for the owner }}{{customerName}}"))
                .containsExactly("customerName", "reservationStart", "shopName");
        assertThat(engine.placeholders("No placeholders at all")).isEmpty();
    }

    @Test
    void fillsInValuesVerbatimAndAMissingOneAsNothing() {
        var text = engine.render("Hi {{customerName}} & welcome to {{shopName}}{{designerName}}!",
                Map.of("customerName", "<b>Ana</b> & \"Bo\"", "shopName", "Salon Lumen"));

        assertThat(text).isEqualTo("Hi <b>Ana</b> & \"Bo\" & welcome to Salon Lumen!");
    }

    @Test
    void aValueThatLooksLikeATemplateStaysText() {
        var text = engine.render("Hi {{customerName}}", Map.of("customerName", "{{shopName}} {{> /etc/passwd}}",
                "shopName", "LEAKED"));

        assertThat(text).isEqualTo("Hi {{shopName}} {{> /etc/passwd}}");
    }

    @Test
    void sectionsPartialsAndBrokenTagsAreRefused() {
        assertThatThrownBy(() -> engine.placeholders("{{#customerName}}x{{/customerName}}"))
                .isInstanceOf(UnknownPlaceholder.class);
        assertThatThrownBy(() -> engine.placeholders("{{^customerName}}x{{/customerName}}"))
                .isInstanceOf(UnknownPlaceholder.class);
        assertThatThrownBy(() -> engine.placeholders("{{> /etc/passwd}}")).isInstanceOf(UnknownPlaceholder.class);
        assertThatThrownBy(() -> engine.placeholders("{{#open}} never closed")).isInstanceOf(UnknownPlaceholder.class);
    }
}
