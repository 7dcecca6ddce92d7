package io.parlor.application.shared.port.out;

import java.util.UUID;

/** Makes the identities of new aggregates. */
public interface IdGenerator {

    /**
     * A new id, never returned before by this generator, in any thread. Ids from one
     * generator sort ascending in the order they were made, which keeps index inserts local.
     */
    UUID newId();
}
