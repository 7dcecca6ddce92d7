package io.parlor.adapters.http.chat.stomp;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One STOMP frame. Of repeated headers only the first counts, as the specification says.
 *
 * @param command the frame's command, e.g. {@code SEND}
 * @param headers header names to (unescaped) values, in the order they came
 * @param body    the body bytes, without the terminating NUL
 */
record StompFrame(String command, Map<String, String> headers, byte[] body) {

    StompFrame {
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name));
    }

    String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
