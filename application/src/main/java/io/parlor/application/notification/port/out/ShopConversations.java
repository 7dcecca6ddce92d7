package io.parlor.application.notification.port.out;

import io.parlor.domain.chat.RoomId;
import io.parlor.domain.membership.MemberId;

/**
 * Chat as shop messaging uses it: {@code TEMPLATE} messages, each posted once per
 * {@code dedupeKey} however often it is asked for (a retry returns the first post), and pushed
 * live to the room's members. Implemented over chat by the application's wiring.
 */
public interface ShopConversations {

    /** Posts into the direct room of {@code sender} and {@code customer}, opened if missing; returns the room. */
    RoomId postDirect(MemberId sender, MemberId customer, String text, String dedupeKey);

    /** Posts into an existing room that {@code sender} is in. */
    void postIn(RoomId room, MemberId sender, String text, String dedupeKey);
}
