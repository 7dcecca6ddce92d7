package io.parlor.adapters.http.chat;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.parlor.domain.chat.MessageType;
import io.parlor.domain.chat.RoomType;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.shared.InvalidValue;
import jakarta.validation.constraints.NotNull;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Bodies of the chat endpoints, REST and STOMP alike. */
public final class ChatRequests {

    private ChatRequests() {
    }

    @Serdeable
    record NewRoom(@NotNull String type, @Nullable String name, @Nullable List<String> memberIds,
                   @Nullable String shopId) {
    }

    @Serdeable
    record Invitation(@NotNull List<String> memberIds) {
    }

    @Serdeable
    record ReadUpTo(long seq) {
    }

    /** {@code SEND /app/chat.send}. */
    @Serdeable
    public record SendMessage(@Nullable String roomId, @Nullable String message, @Nullable String type,
                              @Nullable String attachmentId, @Nullable String clientMessageId) {
    }

    /** {@code SEND /app/chat.read} and {@code /app/chat.typing}. */
    @Serdeable
    public record RoomAction(@Nullable String roomId, @Nullable Long seq) {
    }

    static RoomType roomType(String raw) {
        return parse(RoomType.class, raw, "type");
    }

    /** The message type, {@code TEXT} when absent. */
    public static MessageType messageType(String raw) {
        return raw == null ? MessageType.TEXT : parse(MessageType.class, raw, "type");
    }

    static Set<MemberId> members(List<String> raw) {
        return raw == null ? Set.of()
                : raw.stream().map(id -> ChatIds.member(id, "memberIds")).collect(Collectors.toSet());
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String raw, String field) {
        try {
            return Enum.valueOf(type, raw.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException unknown) {
            throw new InvalidValue(field, "is not one of " + Arrays.toString(type.getEnumConstants()));
        }
    }
}
