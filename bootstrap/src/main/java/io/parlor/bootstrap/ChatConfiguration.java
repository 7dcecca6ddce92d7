package io.parlor.bootstrap;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import io.micronaut.core.convert.format.ReadableBytes;
import io.parlor.application.chat.ChatSettings;
import jakarta.validation.constraints.Min;

/**
 * The chat limits operators may tune, as {@code parlor.chat.*} (environment variables
 * {@code PARLOR_CHAT_*}); the other limits of {@link ChatSettings} keep their defaults.
 *
 * @param maxAttachmentSize the most bytes one uploaded file may hold, e.g. {@code 10MB}
 *                          ({@code PARLOR_CHAT_MAX_ATTACHMENT_SIZE}); the multipart limit of the
 *                          HTTP server follows it (see {@code application.properties})
 */
@ConfigurationProperties("parlor.chat")
record ChatConfiguration(@Bindable(defaultValue = "10MB") @ReadableBytes @Min(1) long maxAttachmentSize) {

    ChatSettings toSettings() {
        return ChatSettings.defaults().withMaxAttachmentSize(maxAttachmentSize);
    }
}
