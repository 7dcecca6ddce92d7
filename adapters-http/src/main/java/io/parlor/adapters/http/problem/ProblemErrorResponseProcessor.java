package io.parlor.adapters.http.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.http.server.netty.NettyHttpRequest;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Replaces Micronaut's error bodies (unknown route, wrong method or media type, unreadable
 * JSON, validation, unexpected failures) with problem documents. Messages from the framework
 * are never copied into the body: they can name classes or echo input.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
public final class ProblemErrorResponseProcessor implements ErrorResponseProcessor<ProblemBody> {

    @Override
    public MutableHttpResponse<ProblemBody> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpStatus status = statusOf(context, response);
        if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            context.getRootCause().flatMap(Outages::outageIn).flatMap(Outages::retryAfter)
                    .ifPresent(seconds -> response.header(HttpHeaders.RETRY_AFTER, Long.toString(seconds)));
        }
        response.status(status);
        ProblemBody body = context.getRootCause()
                .filter(ConstraintViolationException.class::isInstance)
                .map(cause -> ProblemBody.invalidFields(fieldProblems((ConstraintViolationException) cause)))
                .orElseGet(() -> HttpProblems.forStatus(status));
        if (status.getCode() == 413 || status.getCode() == 414 || status.getCode() == 431) {
            // The server stops reading a body over the limit; closing the connection after the
            // answer lets a client that is still sending see the 413 instead of stalling.
            response.header(HttpHeaders.CONNECTION, "close");
        }
        return response.body(body).contentType(ProblemBody.MEDIA_TYPE);
    }

    /** The status to answer: a failure of a store that cannot be reached is 503, not 500. */
    private static HttpStatus statusOf(ErrorContext context, MutableHttpResponse<?> response) {
        if (response.getStatus() == HttpStatus.REQUEST_ENTITY_TOO_LARGE) {
            return tooLongPart(context.getRequest()).orElse(HttpStatus.REQUEST_ENTITY_TOO_LARGE);
        }
        if (response.getStatus() == HttpStatus.INTERNAL_SERVER_ERROR
                && context.getRootCause().filter(Outages::isOutage).isPresent()) {
            return HttpStatus.SERVICE_UNAVAILABLE;
        }
        return response.getStatus();
    }

    /**
     * Netty's decoder answers every over-long part of a request as 413 (body too large); its
     * failure says which part it was: the request line (414) or the headers (431).
     */
    private static Optional<HttpStatus> tooLongPart(HttpRequest<?> request) {
        if (!(request instanceof NettyHttpRequest<?> netty)) {
            return Optional.empty();
        }
        Throwable cause = netty.getNativeRequest().decoderResult().cause();
        if (cause instanceof TooLongHttpHeaderException) {
            return Optional.of(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE);
        }
        if (cause instanceof TooLongHttpLineException) {
            return Optional.of(HttpStatus.REQUEST_URI_TOO_LONG);
        }
        return Optional.empty();
    }

    private static List<ProblemBody.FieldProblem> fieldProblems(ConstraintViolationException violations) {
        return violations.getConstraintViolations().stream()
                .map(violation -> new ProblemBody.FieldProblem(fieldOf(violation), violation.getMessage()))
                .sorted(Comparator.comparing(ProblemBody.FieldProblem::field))
                .toList();
    }

    /** The path reads {@code method.argument.field}; clients know only the field. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        String field = "";
        for (Path.Node node : violation.getPropertyPath()) {
            field = node.getName() == null ? field : node.getName();
        }
        return field;
    }
}
