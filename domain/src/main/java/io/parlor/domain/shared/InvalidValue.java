package io.parlor.domain.shared;

/** A value object refused its input; {@link #field()} names what was wrong. */
public final class InvalidValue extends DomainError {

    private final String field;

    /**
     * @param field  the name of the offending field as clients know it
     * @param detail why the value was refused
     */
    public InvalidValue(String field, String detail) {
        super("invalid-field", Kind.INVALID, detail);
        this.field = field;
    }

    /** The offending field, named as on the wire. */
    public String field() {
        return field;
    }
}
