package io.parlor.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Chooses the HS256 signing secret: the configured one, or on the embedded default a random
 * one generated once and kept in the data directory. Nothing usable ever ships in the code.
 */
final class JwtSecret {

    static final int MINIMUM_BYTES = 32;
    static final String FILE_NAME = "jwt-secret";

    private JwtSecret() {
    }

    /**
     * @param configured {@code PARLOR_JWT_SECRET}, if set
     * @param embedded   whether the server runs on the embedded default (H2 in the data directory)
     * @param dataDir    where the embedded default keeps its files
     * @throws IllegalStateException if the configured secret is short, or none is configured outside the embedded default
     */
    static String resolve(Optional<String> configured, boolean embedded, Path dataDir) {
        if (configured.isPresent()) {
            String secret = configured.get();
            if (secret.getBytes(StandardCharsets.UTF_8).length < MINIMUM_BYTES) {
                throw new IllegalStateException("PARLOR_JWT_SECRET must be at least " + MINIMUM_BYTES + " bytes");
            }
            return secret;
        }
        if (!embedded) {
            throw new IllegalStateException("PARLOR_JWT_SECRET is required when Parlor runs on an external database");
        }
        return generatedOnce(dataDir.resolve(FILE_NAME));
    }

    private static String generatedOnce(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file).strip();
            }
            Files.createDirectories(file.getParent());
            byte[] random = new byte[MINIMUM_BYTES * 2];
            new SecureRandom().nextBytes(random);
            String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            Files.writeString(file, secret, StandardOpenOption.CREATE_NEW);
            restrictToOwner(file);
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the JWT secret in " + file, e);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
