package io.parlor.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JwtSecretTest {

    @TempDir
    Path dataDir;

    @Test
    void usesTheConfiguredSecret() {
        String configured = "x".repeat(32);

        assertThat(JwtSecret.resolve(Optional.of(configured), false, dataDir)).isEqualTo(configured);
        assertThat(dataDir.resolve(JwtSecret.FILE_NAME)).doesNotExist();
    }

    @Test
    void refusesAShortSecret() {
        assertThatIllegalStateException()
                .isThrownBy(() -> JwtSecret.resolve(Optional.of("short"), true, dataDir))
                .withMessageContaining("at least 32 bytes");
    }

    @Test
    void refusesToRunOnAnExternalDatabaseWithoutASecret() {
        assertThatIllegalStateException()
                .isThrownBy(() -> JwtSecret.resolve(Optional.empty(), false, dataDir))
                .withMessageContaining("PARLOR_JWT_SECRET is required");
    }

    @Test
    void theEmbeddedDefaultGeneratesOneSecretAndKeepsItPrivate() throws IOException {
        String first = JwtSecret.resolve(Optional.empty(), true, dataDir);

        String second = JwtSecret.resolve(Optional.empty(), true, dataDir);

        assertThat(first).hasSizeGreaterThanOrEqualTo(64).isEqualTo(second);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve(JwtSecret.FILE_NAME))))
                .isEqualTo("rw-------");
    }
}
