package io.parlor.domain.notification;

import io.parlor.domain.membership.ShopId;
import io.parlor.domain.shared.InvalidValue;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

/**
 * A shop's message, written once and sent to many customers: its body is a logic-less template
 * whose placeholders Parlor fills per recipient (see {@link #PLACEHOLDERS}).
 */
@AggregateRoot
public record MessageTemplate(@Identity TemplateId id, ShopId shop, String name, String body, Trigger trigger) {

    /** The only placeholders a body may use. */
    public static final Set<String> PLACEHOLDERS = Set.of("customerName", "designerName", "shopName",
            "reservationStart");
    private static final int MAX_NAME = 100;
    public static final int MAX_BODY = 1_000;

    /** @throws InvalidValue (fields {@code name}, {@code body}) for blank or long values */
    public MessageTemplate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(shop, "shop");
        Objects.requireNonNull(trigger, "trigger");
        name = name == null ? "" : name.strip();
        if (name.isEmpty() || name.codePointCount(0, name.length()) > MAX_NAME) {
            throw new InvalidValue("name", "a template name is 1 to " + MAX_NAME + " characters");
        }
        body = body == null ? "" : body.strip();
        if (body.isEmpty() || body.codePointCount(0, body.length()) > MAX_BODY) {
            throw new InvalidValue("body", "a template body is 1 to " + MAX_BODY + " characters");
        }
    }

    /**
     * Refuses a body that uses a placeholder outside {@link #PLACEHOLDERS}.
     *
     * @param used the placeholders the template engine found in the body
     * @throws UnknownPlaceholder naming the unknown ones
     */
    public static void requireKnown(Set<String> used) {
        var unknown = new TreeSet<>(used);
        unknown.removeAll(PLACEHOLDERS);
        if (!unknown.isEmpty()) {
            throw new UnknownPlaceholder("unknown placeholders " + unknown + "; known are " + new TreeSet<>(PLACEHOLDERS));
        }
    }
}
