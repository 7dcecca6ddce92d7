package io.parlor.application.shared.inmemory;

import io.parlor.application.shared.port.out.RequestQuotas;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** Request counts in a map for one process; windows that have ended are dropped as the map grows. */
public final class InMemoryRequestQuotas implements RequestQuotas {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1,200}");
    private static final int SWEEP_ABOVE = 10_000;

    private record Window(long endsAt, int count) {
    }

    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    @Override
    public Optional<Duration> take(String key, int limit, Duration window, Instant now) {
        if (!KEY.matcher(key).matches() || limit < 1 || window.toMillis() < 1) {
            throw new IllegalArgumentException("a key of [A-Za-z0-9._:-], a limit and a window of at least 1");
        }
        long millis = window.toMillis();
        long at = now.toEpochMilli();
        long endsAt = (Math.floorDiv(at, millis) + 1) * millis;
        if (windows.size() > SWEEP_ABOVE) {
            windows.values().removeIf(w -> w.endsAt() <= at);
        }
        var counted = windows.merge(key + "@" + millis, new Window(endsAt, 1), (old, fresh) ->
                old.endsAt() == endsAt ? new Window(endsAt, old.count() + 1) : fresh);
        return counted.count() <= limit ? Optional.empty() : Optional.of(Duration.ofMillis(endsAt - at));
    }
}
