package io.parlor.domain.shared;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A broken business rule. Each subclass names the rule it guards and carries the stable,
 * kebab-case {@link #code()} that clients see on the wire, plus the {@link Kind} of failure
 * that adapters translate into their own vocabulary (an HTTP status, a STOMP error).
 */
public abstract class DomainError extends RuntimeException {

    /** What sort of failure this is, independent of any transport. */
    public enum Kind {
        INVALID,
        NOT_FOUND,
        CONFLICT,
        GONE,
        UNPROCESSABLE,
        FORBIDDEN,
        UNAUTHENTICATED,
        LOCKED,
        TOO_MANY_REQUESTS,
        /** The request carries more than the rule allows (a file over the size limit, say). */
        PAYLOAD_TOO_LARGE,
        /** A system Parlor relies on (an identity provider, say) failed or answered nonsense. */
        UPSTREAM_FAILED,
        /** A store Parlor keeps its state in cannot be reached right now; nothing was done. */
        UNAVAILABLE
    }

    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final String code;
    private final Kind kind;

    /**
     * @param code   stable kebab-case identifier of the broken rule, e.g. {@code slot-unavailable}
     * @param kind   the sort of failure
     * @param detail a human-readable explanation that names no internals
     */
    protected DomainError(String code, Kind kind, String detail) {
        this(code, kind, detail, null);
    }

    /** As the other constructor, keeping the failure that caused this one for the logs. */
    protected DomainError(String code, Kind kind, String detail, Throwable cause) {
        super(detail, cause, false, false);
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("error codes are kebab-case: " + code);
        }
        this.code = code;
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    /** The stable kebab-case code of the broken rule. */
    public String code() {
        return code;
    }

    /** The sort of failure, for adapters to map onto their status vocabulary. */
    public Kind kind() {
        return kind;
    }
}
