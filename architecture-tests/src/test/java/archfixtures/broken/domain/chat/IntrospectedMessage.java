package archfixtures.broken.domain.chat;

import io.micronaut.core.annotation.Introspected;

/** Breaks: the domain is framework-free. */
@Introspected
public record IntrospectedMessage(String text) {
}
