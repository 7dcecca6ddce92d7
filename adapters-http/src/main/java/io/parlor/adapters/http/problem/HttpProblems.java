package io.parlor.adapters.http.problem;

import io.micronaut.http.HttpStatus;
import java.util.Map;

/** The stable codes of errors the HTTP layer itself raises, with a detail safe to show. */
final class HttpProblems {

    private record Known(String code, String detail) {
    }

    private static final Map<Integer, Known> BY_STATUS = Map.ofEntries(
            Map.entry(400, new Known("malformed-request", "The request could not be read.")),
            Map.entry(401, new Known("unauthorized", "Authentication is required.")),
            Map.entry(403, new Known("forbidden", "You are not allowed to do this.")),
            Map.entry(404, new Known("not-found", "Nothing exists at this address.")),
            Map.entry(405, new Known("method-not-allowed", "This resource does not accept that method.")),
            Map.entry(406, new Known("not-acceptable", "This resource cannot answer in the requested media type.")),
            Map.entry(409, new Known("conflict", "The request conflicts with the current state.")),
            Map.entry(413, new Known("payload-too-large", "The request body is larger than allowed.")),
            Map.entry(414, new Known("uri-too-long", "The request address is longer than allowed.")),
            Map.entry(415, new Known("unsupported-media-type", "This resource does not accept that content type.")),
            Map.entry(429, new Known("too-many-requests", "Too many requests; try again later.")),
            Map.entry(431, new Known("headers-too-large", "The request headers are larger than allowed.")),
            Map.entry(503, new Known("unavailable", "The service is unavailable; try again later.")));

    private static final Known UNEXPECTED = new Known("internal-error", "An unexpected error occurred.");

    private HttpProblems() {
    }

    /** The problem for a bare status; anything not listed is reported as an internal error. */
    static ProblemBody forStatus(HttpStatus status) {
        Known known = status.getCode() >= 500 && status.getCode() != 503
                ? UNEXPECTED
                : BY_STATUS.getOrDefault(status.getCode(), new Known("http-" + status.getCode(), status.getReason()));
        return ProblemBody.of(status.getCode(), status.getReason(), known.code(), known.detail());
    }
}
