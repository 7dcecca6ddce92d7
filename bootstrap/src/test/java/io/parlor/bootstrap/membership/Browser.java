package io.parlor.bootstrap.membership;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A browser as far as social login needs one: page loads that do not follow redirects by
 * themselves, and the cookies each host set, sent back to it whatever the port (as RFC 6265
 * says). Like a browser on {@code localhost}, it sends {@code Secure} cookies over plain HTTP too.
 */
final class Browser {

    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, Map<String, String>> cookiesByHost = new ConcurrentHashMap<>();

    /** Loads {@code uri}; a redirect comes back as it is, to be followed with {@link #follow}. */
    HttpResponse<String> load(URI uri) {
        var request = HttpRequest.newBuilder(uri).GET();
        cookieHeader(uri).ifPresent(cookies -> request.header("Cookie", cookies));
        try {
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            response.headers().allValues("Set-Cookie").forEach(header -> remember(uri, header));
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Loads {@code uri} sending exactly {@code cookie}, as a replayed request would. */
    HttpResponse<String> loadWithCookie(URI uri, String cookie) {
        var cookies = cookiesByHost.computeIfAbsent(hostOf(uri), host -> new ConcurrentHashMap<>());
        cookies.clear();
        int equals = cookie.indexOf('=');
        cookies.put(cookie.substring(0, equals), cookie.substring(equals + 1));
        return load(uri);
    }

    /** Where a redirect points. */
    static URI location(HttpResponse<String> redirect) {
        if (redirect.statusCode() != 302 && redirect.statusCode() != 303) {
            throw new AssertionError("expected a redirect, got " + redirect.statusCode() + ": " + redirect.body());
        }
        return redirect.uri().resolve(redirect.headers().firstValue("Location").orElseThrow());
    }

    HttpResponse<String> follow(HttpResponse<String> redirect) {
        return load(location(redirect));
    }

    /** Forgets every cookie, as another browser would have none. */
    void clearCookies() {
        cookiesByHost.clear();
    }

    private void remember(URI uri, String header) {
        String pair = header.split(";", 2)[0];
        int equals = pair.indexOf('=');
        var cookies = cookiesByHost.computeIfAbsent(hostOf(uri), host -> new ConcurrentHashMap<>());
        String name = pair.substring(0, equals).strip();
        String value = pair.substring(equals + 1).strip();
        if (value.isEmpty() || header.contains("Max-Age=0")) {
            cookies.remove(name);
        } else {
            cookies.put(name, value);
        }
    }

    private Optional<String> cookieHeader(URI uri) {
        return Optional.ofNullable(cookiesByHost.get(hostOf(uri))).filter(cookies -> !cookies.isEmpty())
                .map(cookies -> String.join("; ", cookies.entrySet().stream()
                        .map(entry -> entry.getKey() + "=" + entry.getValue()).toList()));
    }

    private static String hostOf(URI uri) {
        return uri.getHost();
    }
}
