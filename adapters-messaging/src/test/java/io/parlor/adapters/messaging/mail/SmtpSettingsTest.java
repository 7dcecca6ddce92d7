package io.parlor.adapters.messaging.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SmtpSettingsTest {

    @Test
    void printingTheSettingsLeavesThePasswordOut() {
        var settings = new SmtpSettings("smtp.example.com", 587, "no-reply@example.com",
                Optional.of(new SmtpSettings.Login("parlor", "hunter2-secret")), true,
                SmtpSettings.DEFAULT_TIMEOUT, SmtpSettings.DEFAULT_TIMEOUT);

        String printed = settings.toString();

        assertThat(printed).contains("parlor").doesNotContain("hunter2-secret");
    }

    @Test
    void refusesASenderThatIsNotOneAddress() {
        assertThatThrownBy(() -> SmtpSettings.of("smtp.example.com", 25, "a@example.com, b@example.com"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a mail address");
    }

    @Test
    void refusesAPortOutOfRange() {
        assertThatThrownBy(() -> SmtpSettings.of("smtp.example.com", 0, "no-reply@example.com"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("port");
    }
}
