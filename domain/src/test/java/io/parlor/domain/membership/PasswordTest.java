package io.parlor.domain.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordTest {

    @Test
    void acceptsAnyEightCharactersWithoutCompositionRules() {
        var password = Password.chosen("lowercase only");

        assertThat(password.value()).isEqualTo("lowercase only");
    }

    @Test
    void refusesFewerThanEightCharacters() {
        assertThatThrownBy(() -> Password.chosen("seven77")).isInstanceOf(WeakPassword.class)
                .hasMessageContaining("at least 8");
    }

    @Test
    void countsCharactersNotBytes() {
        var password = Password.chosen("🔑🔑🔑🔑🔑🔑🔑🔑");

        assertThat(password.value()).hasSize(16);
        assertThatThrownBy(() -> Password.chosen("🔑".repeat(129))).isInstanceOf(WeakPassword.class);
    }

    @Test
    void acceptsOneHundredTwentyEightCharactersButNoMore() {
        assertThat(Password.chosen("x".repeat(127) + "y").value()).hasSize(128);
        assertThatThrownBy(() -> Password.chosen("x".repeat(128) + "y")).isInstanceOf(WeakPassword.class)
                .extracting(e -> ((WeakPassword) e).code()).isEqualTo("weak-password");
    }

    @Test
    void refusesCommonPasswordsWhateverTheirCase() {
        assertThatThrownBy(() -> Password.chosen("Password1")).isInstanceOf(WeakPassword.class)
                .hasMessageContaining("common");
        assertThatThrownBy(() -> Password.chosen("QWERTYUIOP")).isInstanceOf(WeakPassword.class);
    }

    @Test
    void neverPrintsItsValue() {
        var password = new Password("s3cret-value");

        assertThat(password.toString()).doesNotContain("s3cret");
    }
}
