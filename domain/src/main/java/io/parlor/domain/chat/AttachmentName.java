package io.parlor.domain.chat;

import io.parlor.domain.shared.InvalidValue;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The name an attachment is listed and downloaded under. It is a label only, never part of a
 * storage path: 1 to {@value #MAX_LENGTH} characters (code points), no path separators
 * ({@code /} or {@code \}), no control or invisible formatting characters, neither {@code .} nor
 * {@code ..}, no surrounding blanks.
 */
@ValueObject
public record AttachmentName(String value) {

    public static final int MAX_LENGTH = 255;
    /** The name of an upload whose own name leaves nothing usable. */
    public static final String FALLBACK = "attachment";

    private static final int MAX_EXTENSION_LENGTH = 16;

    /** @throws InvalidValue (field {@code name}) for a name that breaks one of the rules above */
    public AttachmentName {
        if (value == null || value.isBlank() || !value.equals(value.strip())) {
            throw new InvalidValue("name", "is blank or has surrounding blanks");
        }
        if (value.codePointCount(0, value.length()) > MAX_LENGTH) {
            throw new InvalidValue("name", "is longer than " + MAX_LENGTH + " characters");
        }
        if (value.equals(".") || value.equals("..") || value.codePoints().anyMatch(c -> !kept(c))) {
            throw new InvalidValue("name", "is a path or holds control characters");
        }
    }

    /**
     * The name a client sent, made safe: what follows its last {@code /} or {@code \} (browsers
     * may send a whole path), without control, formatting or lone surrogate characters, stripped of
     * surrounding blanks, and cut to {@value #MAX_LENGTH} characters keeping a short extension.
     * Whatever is left empty (or {@code .}, {@code ..}) becomes {@value #FALLBACK}. Never throws.
     */
    public static AttachmentName sanitized(String raw) {
        String name = raw == null ? "" : raw;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        var kept = new StringBuilder();
        name.codePoints().filter(AttachmentName::kept).forEach(kept::appendCodePoint);
        name = shortened(kept.toString().strip());
        return new AttachmentName(name.isEmpty() || name.equals(".") || name.equals("..") ? FALLBACK : name);
    }

    private static boolean kept(int codePoint) {
        int type = Character.getType(codePoint);
        return codePoint != '/' && codePoint != '\\' && !Character.isISOControl(codePoint)
                && type != Character.FORMAT && type != Character.SURROGATE && type != Character.UNASSIGNED
                && type != Character.LINE_SEPARATOR && type != Character.PARAGRAPH_SEPARATOR;
    }

    private static String shortened(String name) {
        int length = name.codePointCount(0, name.length());
        if (length <= MAX_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 ? name.substring(dot) : "";
        int extensionLength = extension.codePointCount(0, extension.length());
        if (extensionLength > MAX_EXTENSION_LENGTH) {
            extension = "";
            extensionLength = 0;
        }
        String base = name.substring(0, name.offsetByCodePoints(0, MAX_LENGTH - extensionLength)).strip();
        return base + extension;
    }

    @Override
    public String toString() {
        return value;
    }
}
