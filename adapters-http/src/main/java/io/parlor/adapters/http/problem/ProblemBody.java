package io.parlor.adapters.http.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * The body of every error response: RFC 9457 members plus Parlor's stable {@code code} and,
 * for validation failures, the offending fields.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record ProblemBody(String type, String title, int status, String detail, String code,
                          @Nullable List<FieldProblem> errors) {

    /** The media type of problem documents. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** One field that failed validation. */
    @Serdeable
    public record FieldProblem(String field, String message) {
    }

    /** A problem of {@code status} with stable {@code code}, no field errors. */
    public static ProblemBody of(int status, String title, String code, String detail) {
        return new ProblemBody(typeOf(code), title, status, detail, code, null);
    }

    /** An {@code invalid-field} problem listing the fields that were refused. */
    public static ProblemBody invalidFields(List<FieldProblem> errors) {
        return new ProblemBody(typeOf("invalid-field"), "Bad Request", 400,
                "Some fields are invalid; see errors.", "invalid-field", List.copyOf(errors));
    }

    private static String typeOf(String code) {
        return "urn:parlor:problem:" + code;
    }
}
