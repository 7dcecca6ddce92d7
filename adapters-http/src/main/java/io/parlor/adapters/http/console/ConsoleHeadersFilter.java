package io.parlor.adapters.http.console;

import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * The console's pages may run only the scripts served with them and talk only to this server:
 * no inline script or style, no other origin, no framing, no sniffing of content types.
 */
@ServerFilter("/console/**")
final class ConsoleHeadersFilter {

    /** {@code 'self'} in connect-src also allows this origin's ws: and wss: (CSP level 3). */
    static final String POLICY = String.join("; ",
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' blob:",
            "connect-src 'self'",
            "manifest-src 'self'",
            "base-uri 'none'",
            "form-action 'none'",
            "frame-ancestors 'none'");

    @ResponseFilter
    void secure(MutableHttpResponse<?> response) {
        var headers = response.getHeaders();
        headers.set("Content-Security-Policy", POLICY);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Cross-Origin-Opener-Policy", "same-origin");
        // the files change with the jar: revalidate them (Last-Modified) instead of using a stale copy
        headers.set("Cache-Control", "no-cache");
    }
}
