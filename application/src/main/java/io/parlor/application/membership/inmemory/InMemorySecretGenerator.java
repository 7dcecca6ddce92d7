package io.parlor.application.membership.inmemory;

import io.parlor.application.membership.port.out.SecretGenerator;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Predictable secrets for tests, never for production: the n-th call answers n in the shape
 * asked for ({@code digits(6)} gives {@code 000001}, then {@code 000002}, ...).
 */
public final class InMemorySecretGenerator implements SecretGenerator {

    private final AtomicLong counter = new AtomicLong();

    @Override
    public String digits(int count) {
        String number = Long.toString(counter.incrementAndGet());
        String padded = "0".repeat(Math.max(0, count - number.length())) + number;
        return padded.substring(padded.length() - count);
    }

    @Override
    public String urlSafe(int bytes) {
        var buffer = ByteBuffer.allocate(Math.max(bytes, Long.BYTES));
        buffer.putLong(buffer.capacity() - Long.BYTES, counter.incrementAndGet());
        byte[] value = new byte[bytes];
        buffer.get(buffer.capacity() - bytes, value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }
}
