package io.parlor.application.bridge;

import io.parlor.application.chat.port.in.CreateRoom;
import io.parlor.application.chat.port.in.PostMessage;
import io.parlor.application.notification.port.out.ShopConversations;
import io.parlor.domain.chat.ClientMessageId;
import io.parlor.domain.chat.MessageType;
import io.parlor.domain.chat.RoomId;
import io.parlor.domain.chat.RoomType;
import io.parlor.domain.membership.MemberId;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Shop messages as chat's own use cases post them: a direct room opened (or found) through
 * {@link CreateRoom}, a {@code TEMPLATE} message through {@link PostMessage} with the dedupe key as
 * its {@code clientMessageId}, so chat's own dedupe makes a retried send a replay.
 */
public final class ChatShopConversations implements ShopConversations {

    private final Supplier<CreateRoom> createRoom;
    private final Supplier<PostMessage> post;

    public ChatShopConversations(Supplier<CreateRoom> createRoom, Supplier<PostMessage> post) {
        this.createRoom = createRoom;
        this.post = post;
    }

    @Override
    public RoomId postDirect(MemberId sender, MemberId customer, String text, String dedupeKey) {
        var room = createRoom.get().create(new CreateRoom.Command(sender, RoomType.DIRECT, Optional.empty(),
                Set.of(customer), Optional.empty())).room().id();
        postIn(room, sender, text, dedupeKey);
        return room;
    }

    @Override
    public void postIn(RoomId room, MemberId sender, String text, String dedupeKey) {
        // inside shop messaging's unit of work the post joins it, so the answer is already complete
        var answer = post.get().post(new PostMessage.Command(room, sender, MessageType.TEMPLATE, text,
                Optional.empty(), new ClientMessageId(dedupeKey)));
        try {
            answer.join();
        } catch (CompletionException failed) {
            throw failed.getCause() instanceof RuntimeException refused ? refused : failed;
        }
    }
}
