package io.parlor.adapters.messaging.template;

import com.github.mustachejava.Code;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.codes.CommentCode;
import com.github.mustachejava.codes.ValueCode;
import com.github.mustachejava.codes.WriteCode;
import io.parlor.application.notification.port.out.TemplateEngine;
import io.parlor.domain.notification.UnknownPlaceholder;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@link TemplateEngine} over mustache.java. Only text, comments and plain placeholders pass:
 * sections and partials are refused (a partial would read a file). Values are written verbatim,
 * never HTML-escaped (clients escape chat text themselves) and never parsed again.
 */
public final class MustacheTemplateEngine implements TemplateEngine {

    private final DefaultMustacheFactory factory = new PlainTextFactory();

    @Override
    public Set<String> placeholders(String body) {
        var names = new TreeSet<String>();
        // The end of the body comes as a code without a name; sections and partials always have one.
        for (Code code : compile(body).getCodes()) {
            if (code instanceof ValueCode) {
                names.add(code.getName());
            } else if (!(code instanceof WriteCode) && !(code instanceof CommentCode) && code.getName() != null) {
                throw new UnknownPlaceholder("only plain placeholders such as {{customerName}} are allowed, not "
                        + "sections or partials ({{#" + code.getName() + "}})");
            }
        }
        return names;
    }

    @Override
    public String render(String body, Map<String, String> values) {
        var out = new StringWriter();
        compile(body).execute(out, values);
        return out.toString();
    }

    private Mustache compile(String body) {
        try {
            return factory.compile(new StringReader(body), "template");
        } catch (MustacheException broken) {
            throw new UnknownPlaceholder("the template cannot be read: " + firstLine(broken.getMessage()));
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "malformed";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    /** Writes values as they are and reads no template from anywhere but the body itself. */
    private static final class PlainTextFactory extends DefaultMustacheFactory {

        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(value);
            } catch (java.io.IOException e) {
                throw new MustacheException("could not write a value", e);
            }
        }

        @Override
        public Reader getReader(String resourceName) {
            throw new MustacheException("partials are not allowed: " + resourceName);
        }
    }
}
