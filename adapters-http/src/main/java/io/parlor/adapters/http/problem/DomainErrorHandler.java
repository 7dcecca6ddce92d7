package io.parlor.adapters.http.problem;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.parlor.domain.shared.DomainError;
import io.parlor.domain.shared.InvalidValue;
import io.parlor.domain.shared.RetryAfter;
import jakarta.inject.Singleton;
import java.util.List;

/** Answers a broken business rule with its status and its stable code. */
@Singleton
@Produces(ProblemBody.MEDIA_TYPE)
@Requires(classes = {DomainError.class, ExceptionHandler.class})
public final class DomainErrorHandler implements ExceptionHandler<DomainError, HttpResponse<ProblemBody>> {

    @Override
    public HttpResponse<ProblemBody> handle(HttpRequest request, DomainError error) {
        return render(error);
    }

    /** The problem response for {@code error}, with {@code Retry-After} when the error ends by itself. */
    public static MutableHttpResponse<ProblemBody> render(DomainError error) {
        HttpStatus status = statusOf(error.kind());
        MutableHttpResponse<ProblemBody> response = HttpResponse.<ProblemBody>status(status).body(bodyOf(error))
                .contentType(ProblemBody.MEDIA_TYPE);
        if (error instanceof RetryAfter retry) {
            response.header(HttpHeaders.RETRY_AFTER, Long.toString(retry.retryAfterSeconds()));
        }
        return response;
    }

    /** The problem document for {@code error}, wherever it is sent (HTTP or a STOMP error queue). */
    public static ProblemBody bodyOf(DomainError error) {
        HttpStatus status = statusOf(error.kind());
        return error instanceof InvalidValue invalid
                ? ProblemBody.invalidFields(List.of(new ProblemBody.FieldProblem(invalid.field(), invalid.getMessage())))
                : ProblemBody.of(status.getCode(), status.getReason(), error.code(), error.getMessage());
    }

    static HttpStatus statusOf(DomainError.Kind kind) {
        return switch (kind) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case GONE -> HttpStatus.GONE;
            case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_ENTITY;
            case LOCKED -> HttpStatus.LOCKED;
            case TOO_MANY_REQUESTS -> HttpStatus.TOO_MANY_REQUESTS;
            case PAYLOAD_TOO_LARGE -> HttpStatus.REQUEST_ENTITY_TOO_LARGE;
            case UPSTREAM_FAILED -> HttpStatus.BAD_GATEWAY;
            case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
        };
    }
}
