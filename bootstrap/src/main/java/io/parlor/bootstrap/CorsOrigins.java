package io.parlor.bootstrap;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cross-origin calls of the API stay refused unless {@code PARLOR_CORS_ORIGINS} names the web
 * origins allowed to make them (comma-separated, e.g. {@code https://app.example.com}). The
 * console needs none: it is served by Parlor itself, from the same origin.
 */
final class CorsOrigins {

    static final String VARIABLE = "PARLOR_CORS_ORIGINS";
    private static final String PREFIX = "micronaut.server.cors.";

    private CorsOrigins() {
    }

    /** The Micronaut properties that open CORS to {@code origins}; none when it names no origin. */
    static Map<String, String> properties(String origins) {
        List<String> allowed = origins == null ? List.of()
                : Arrays.stream(origins.split(",")).map(String::trim).filter(o -> !o.isEmpty()).toList();
        if (allowed.isEmpty()) {
            return Map.of();
        }
        for (String origin : allowed) {
            if (!origin.matches("https?://[^/\\s*]+")) {
                throw new IllegalArgumentException(VARIABLE + " holds '" + origin
                        + "', which is not an origin such as https://app.example.com");
            }
        }
        var properties = new LinkedHashMap<String, String>();
        properties.put(PREFIX + "enabled", "true");
        properties.put(PREFIX + "configurations.web.allowed-origins", String.join(",", allowed));
        properties.put(PREFIX + "configurations.web.allowed-headers",
                "Authorization,Content-Type,Idempotency-Key,Last-Event-ID");
        properties.put(PREFIX + "configurations.web.exposed-headers", "Retry-After,Location");
        properties.put(PREFIX + "configurations.web.allow-credentials", "false");
        return properties;
    }
}
