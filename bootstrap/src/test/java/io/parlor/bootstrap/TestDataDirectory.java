package io.parlor.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/** A fresh data directory for one test server, so that no test sees another's files. */
final class TestDataDirectory {

    private TestDataDirectory() {
    }

    static String create(String prefix) {
        try {
            return Files.createTempDirectory(prefix).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
