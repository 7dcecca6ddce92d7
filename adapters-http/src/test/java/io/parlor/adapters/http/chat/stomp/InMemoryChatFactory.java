package io.parlor.adapters.http.chat.stomp;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.parlor.application.chat.ChatPorts;
import io.parlor.application.chat.ChatSettings;
import io.parlor.application.chat.ChatUseCases;
import io.parlor.application.chat.inmemory.InMemoryAttachments;
import io.parlor.application.chat.inmemory.InMemoryBlobStore;
import io.parlor.application.chat.inmemory.InMemoryMemberNames;
import io.parlor.application.chat.inmemory.InMemoryMessages;
import io.parlor.application.chat.inmemory.InMemoryPresence;
import io.parlor.application.chat.inmemory.InMemoryReadMarks;
import io.parlor.application.chat.inmemory.InMemoryRooms;
import io.parlor.application.chat.port.in.CreateRoom;
import io.parlor.application.chat.port.in.FollowRoom;
import io.parlor.application.chat.port.in.InviteMembers;
import io.parlor.application.chat.port.in.LeaveRoom;
import io.parlor.application.chat.port.in.ListMessages;
import io.parlor.application.chat.port.in.MarkOffline;
import io.parlor.application.chat.port.in.MarkOnline;
import io.parlor.application.chat.port.in.MarkRead;
import io.parlor.application.chat.port.in.PostMessage;
import io.parlor.application.chat.port.in.ReportTyping;
import io.parlor.application.chat.port.in.ShowRoom;
import io.parlor.application.shared.Platform;
import io.parlor.application.shared.inmemory.InMemoryIdGenerator;
import io.parlor.application.shared.inmemory.InMemoryTransactionRunner;
import io.parlor.application.shared.inmemory.InProcessDomainEventBus;
import io.parlor.application.shared.port.out.StoreUnavailable;
import io.parlor.application.shared.system.SystemTimeSource;
import jakarta.inject.Singleton;

/** The real chat use cases on in-memory stores, for the STOMP endpoint's own tests. */
@Factory
@Requires(property = "spec.name", value = "StompEndpointTest")
class InMemoryChatFactory {

    @Singleton
    InMemoryMemberNames memberNames() {
        return new InMemoryMemberNames();
    }

    @Singleton
    ChatUseCases chat(InMemoryMemberNames names) {
        var transactions = new InMemoryTransactionRunner();
        var time = new SystemTimeSource();
        var messages = new InMemoryMessages(transactions);
        var platform = new Platform(transactions, new InProcessDomainEventBus(), time, new InMemoryIdGenerator());
        return ChatUseCases.wire(new ChatPorts(platform, new InMemoryRooms(transactions), messages,
                new InMemoryReadMarks(transactions), new InMemoryAttachments(messages), new InMemoryBlobStore(), names,
                new InMemoryPresence(time)), ChatSettings.defaults());
    }

    /** Presence whose store a test can take down. */
    static final class FlakyPresence implements MarkOnline {

        private final MarkOnline presence;
        volatile boolean down;

        FlakyPresence(MarkOnline presence) {
            this.presence = presence;
        }

        @Override
        public void markOnline(Command command) {
            if (down) {
                throw new StoreUnavailable("presence", new IllegalStateException("taken down by the test"));
            }
            presence.markOnline(command);
        }
    }

    @Singleton
    FlakyPresence markOnline(ChatUseCases chat) {
        return new FlakyPresence(chat.markOnline());
    }

    /** Each use case the endpoint calls, as a bean of its primary-port type. */
    @Factory
    @Requires(property = "spec.name", value = "StompEndpointTest")
    static final class UseCaseBeans {

        @Bean final FollowRoom followRoom;
        @Bean final PostMessage postMessage;
        @Bean final MarkRead markRead;
        @Bean final ReportTyping reportTyping;
        @Bean final ShowRoom showRoom;
        @Bean final MarkOffline markOffline;
        @Bean final CreateRoom createRoom;
        @Bean final LeaveRoom leaveRoom;
        @Bean final InviteMembers inviteMembers;
        @Bean final ListMessages listMessages;

        UseCaseBeans(ChatUseCases chat) {
            followRoom = chat.followRoom();
            postMessage = chat.postMessage();
            markRead = chat.markRead();
            reportTyping = chat.reportTyping();
            showRoom = chat.showRoom();
            markOffline = chat.markOffline();
            createRoom = chat.createRoom();
            leaveRoom = chat.leaveRoom();
            inviteMembers = chat.inviteMembers();
            listMessages = chat.listMessages();
        }
    }
}
