package io.parlor.domain.membership;

import io.parlor.domain.shared.InvalidValue;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jmolecules.ddd.annotation.ValueObject;

/** An administrator's block: permanent, or lifted by itself when {@code until} passes. */
@ValueObject
public record Block(String reason, Instant since, Optional<Instant> until) {

    private static final int MAX_REASON = 500;

    /** @throws InvalidValue for a blank or over-long reason, or an {@code until} not after {@code since} */
    public Block {
        if (reason == null || reason.isBlank()) {
            throw new InvalidValue("reason", "a reason is required");
        }
        reason = reason.strip();
        if (reason.length() > MAX_REASON) {
            throw new InvalidValue("reason", "is longer than " + MAX_REASON + " characters");
        }
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(until, "until");
        if (until.filter(end -> !end.isAfter(since)).isPresent()) {
            throw new InvalidValue("until", "must be in the future");
        }
    }

    /** Whether the block holds at {@code now}. */
    public boolean inForceAt(Instant now) {
        return until.map(now::isBefore).orElse(true);
    }
}
