package io.parlor.application.notification.port.out;

import java.util.Map;
import java.util.Set;

/**
 * A logic-less template engine: placeholders in, values out, and nothing a value holds is ever
 * read as template syntax.
 */
public interface TemplateEngine {

    /**
     * The placeholder names {@code body} uses.
     *
     * @throws io.parlor.domain.notification.UnknownPlaceholder for syntax beyond plain
     *         placeholders (sections, partials, ...) or a body the engine cannot parse
     */
    Set<String> placeholders(String body);

    /** {@code body} with each placeholder replaced by its value, verbatim; a missing value renders empty. */
    String render(String body, Map<String, String> values);
}
