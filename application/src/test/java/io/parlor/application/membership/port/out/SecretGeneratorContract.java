package io.parlor.application.membership.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import org.junit.jupiter.api.Test;

/** What every {@link SecretGenerator} does. */
public abstract class SecretGeneratorContract {

    protected abstract SecretGenerator newSubject();

    @Test
    void drawsDigitsOfTheAskedLength() {
        var secrets = newSubject();

        var digits = secrets.digits(6);

        assertThat(digits).matches("[0-9]{6}");
    }

    @Test
    void encodesTheAskedBytesAsUnpaddedBase64Url() {
        var secrets = newSubject();

        var token = secrets.urlSafe(32);

        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(secrets.urlSafe(6)).matches("[A-Za-z0-9_-]{8}");
    }

    @Test
    void doesNotRepeatItself() {
        var secrets = newSubject();
        var seen = new HashSet<String>();

        for (int i = 0; i < 1000; i++) {
            seen.add(secrets.urlSafe(16));
        }

        assertThat(seen).hasSize(1000);
    }
}
