package io.parlor.domain.chat;

import io.parlor.domain.shared.InvalidValue;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The media type of an attachment, as {@code type/subtype} in lower case and without parameters
 * (RFC 6838: each part 1 to 127 of the characters a media type name may hold), e.g.
 * {@code image/png}.
 */
@ValueObject
public record AttachmentType(String value) {

    private static final String NAME = "[a-z0-9][a-z0-9!#$&^_.+-]{0,126}";
    private static final Pattern TYPE = Pattern.compile(NAME + "/" + NAME);

    /** What a file of unknown type is stored as. */
    public static final AttachmentType UNKNOWN = new AttachmentType("application/octet-stream");

    /** @throws InvalidValue (field {@code contentType}) for anything but a lower-case {@code type/subtype} */
    public AttachmentType {
        if (value == null || !TYPE.matcher(value).matches()) {
            throw new InvalidValue("contentType", "is not a media type such as image/png");
        }
    }

    /**
     * The type a client declared: parameters ({@code ; charset=...}) and surrounding blanks are
     * dropped and the rest lower-cased; a missing or blank one is {@link #UNKNOWN}.
     *
     * @throws InvalidValue (field {@code contentType}) when what is left is not {@code type/subtype}
     */
    public static AttachmentType parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return UNKNOWN;
        }
        int parameters = raw.indexOf(';');
        String type = parameters < 0 ? raw : raw.substring(0, parameters);
        return new AttachmentType(type.strip().toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
