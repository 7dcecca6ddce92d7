package io.parlor.bootstrap.corpus;

import java.io.IOException;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** One corpus server for all the tries of a test class, started before its first and closed after its last. */
abstract class CorpusTest {

    static CorpusServer server;

    @BeforeContainer
    static void start() throws IOException {
        server = new CorpusServer();
    }

    @AfterContainer
    static void stop() {
        server.close();
    }
}
