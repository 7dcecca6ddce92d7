package io.parlor.application.chat.inmemory;

import io.parlor.application.chat.ChatPorts;
import io.parlor.application.shared.inmemory.InMemoryPlatform;

/** The chat ports all in process: stores joined to the platform's units of work, blobs in memory. */
public final class InMemoryChat {

    private InMemoryChat() {
    }

    /**
     * In-memory ports on {@code platform}; the withers swap the attachments, the blob store or the
     * member names (an empty {@link InMemoryMemberNames} here, to be filled by the embedding code).
     */
    public static ChatPorts ports(InMemoryPlatform platform) {
        var transactions = platform.transactions();
        var messages = new InMemoryMessages(transactions);
        return new ChatPorts(platform.platform(), new InMemoryRooms(transactions), messages,
                new InMemoryReadMarks(transactions), new InMemoryAttachments(messages), new InMemoryBlobStore(),
                new InMemoryMemberNames(), new InMemoryPresence(platform.time()));
    }
}
