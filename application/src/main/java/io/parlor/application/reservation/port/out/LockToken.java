package io.parlor.application.reservation.port.out;

import java.util.Objects;

/**
 * Proof of holding a {@link SlotLock} key: the key and the unique value stored with it, which
 * {@link SlotLock#release} compares before deleting.
 */
public record LockToken(String key, String value) {

    public LockToken {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
    }
}
