package io.parlor.adapters.http.notification;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.reader.TokenReader;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Reads the access token from {@code access_token} on the event stream only, because a stock
 * {@code EventSource} cannot send an {@code Authorization} header; everywhere else a token in the
 * address is ignored, so that it never lands in links, histories or proxy logs by habit.
 */
@Singleton
class QueryTokenReader implements TokenReader<HttpRequest<?>> {

    static final String PARAMETER = "access_token";
    static final String PATH = "/notifications/stream";

    @Override
    public Optional<String> findToken(HttpRequest<?> request) {
        if (!PATH.equals(request.getPath())) {
            return Optional.empty();
        }
        return Optional.ofNullable(request.getParameters().get(PARAMETER)).filter(token -> !token.isBlank());
    }

    @Override
    public int getOrder() {
        return LOWEST_PRECEDENCE;
    }
}
