package io.parlor.adapters.http.notification;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.parlor.application.notification.port.in.ManageTemplates;
import io.parlor.domain.notification.MessageTemplate;
import io.parlor.domain.notification.Trigger;
import io.parlor.domain.notification.TriggerType;
import io.parlor.domain.shared.InvalidValue;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;

/** The JSON shapes of API.md's {@code template}, in and out. */
final class TemplateRequests {

    private static final DateTimeFormatter TIME_OF_DAY = DateTimeFormatter.ofPattern("HH:mm");

    private TemplateRequests() {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record TriggerBody(@NotBlank String type, @Nullable Integer offsetDays, @Nullable String at) {

        Trigger toTrigger() {
            TriggerType parsed;
            try {
                parsed = TriggerType.valueOf(type);
            } catch (IllegalArgumentException unknown) {
                throw new InvalidValue("trigger.type", "one of " + Arrays.toString(TriggerType.values()));
            }
            return new Trigger(parsed, offsetDays == null ? 0 : offsetDays, Optional.ofNullable(at).map(TriggerBody::time));
        }

        private static LocalTime time(String raw) {
            try {
                return LocalTime.parse(raw, TIME_OF_DAY);
            } catch (DateTimeParseException notATime) {
                throw new InvalidValue("trigger.at", "a time of day as HH:mm");
            }
        }

        static TriggerBody of(Trigger trigger) {
            return new TriggerBody(trigger.type().name(), trigger.isTimed() ? trigger.offsetDays() : null,
                    trigger.at().map(TIME_OF_DAY::format).orElse(null));
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record TemplateBody(@NotBlank String name, @NotBlank String body, @NotNull @Valid TriggerBody trigger) {

        ManageTemplates.Draft toDraft() {
            return new ManageTemplates.Draft(name, body, trigger.toTrigger());
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record TemplateResponse(String id, String name, String body, TriggerBody trigger) {

        static TemplateResponse of(MessageTemplate template) {
            return new TemplateResponse(template.id().toString(), template.name(), template.body(),
                    TriggerBody.of(template.trigger()));
        }
    }
}
