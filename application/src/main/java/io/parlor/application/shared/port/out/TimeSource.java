package io.parlor.application.shared.port.out;

import java.time.Instant;

/** The current time. Use cases read time only here, so that every test can fix it. */
public interface TimeSource {

    /** The current instant; successive readings from one source never go backwards. */
    Instant now();
}
