package io.parlor.bootstrap;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Factory;
import io.parlor.application.chat.ChatUseCases;
import io.parlor.application.chat.port.in.CreateRoom;
import io.parlor.application.chat.port.in.DownloadAttachment;
import io.parlor.application.chat.port.in.FollowRoom;
import io.parlor.application.chat.port.in.InviteMembers;
import io.parlor.application.chat.port.in.LeaveRoom;
import io.parlor.application.chat.port.in.ListMessages;
import io.parlor.application.chat.port.in.ListParticipants;
import io.parlor.application.chat.port.in.ListRooms;
import io.parlor.application.chat.port.in.MarkOffline;
import io.parlor.application.chat.port.in.MarkOnline;
import io.parlor.application.chat.port.in.MarkRead;
import io.parlor.application.chat.port.in.PostMessage;
import io.parlor.application.chat.port.in.RejoinRoom;
import io.parlor.application.chat.port.in.ReportTyping;
import io.parlor.application.chat.port.in.ShowRoom;
import io.parlor.application.chat.port.in.UploadAttachment;
import io.parlor.application.membership.port.in.CustomerAudience;
import io.parlor.application.notification.port.in.ShopMessageTriggers;
import jakarta.inject.Singleton;

/** Offers each chat use case as a bean of its primary-port type, for the HTTP and STOMP adapters. */
@Factory
class ChatUseCaseBeans {

    @Singleton
    CreateRoom createRoom(ChatUseCases useCases, BeanProvider<CustomerAudience> audience,
                          BeanProvider<ShopMessageTriggers> triggers) {
        return new WelcomingCreateRoom(useCases.createRoom(), audience, triggers);
    }

    @Singleton
    ShowRoom showRoom(ChatUseCases useCases) {
        return useCases.showRoom();
    }

    @Singleton
    ListRooms listRooms(ChatUseCases useCases) {
        return useCases.listRooms();
    }

    @Singleton
    InviteMembers inviteMembers(ChatUseCases useCases) {
        return useCases.inviteMembers();
    }

    @Singleton
    LeaveRoom leaveRoom(ChatUseCases useCases) {
        return useCases.leaveRoom();
    }

    @Singleton
    RejoinRoom rejoinRoom(ChatUseCases useCases) {
        return useCases.rejoinRoom();
    }

    @Singleton
    ListParticipants listParticipants(ChatUseCases useCases) {
        return useCases.listParticipants();
    }

    @Singleton
    PostMessage postMessage(ChatUseCases useCases) {
        return useCases.postMessage();
    }

    @Singleton
    ListMessages listMessages(ChatUseCases useCases) {
        return useCases.listMessages();
    }

    @Singleton
    MarkRead markRead(ChatUseCases useCases) {
        return useCases.markRead();
    }

    @Singleton
    ReportTyping reportTyping(ChatUseCases useCases) {
        return useCases.reportTyping();
    }

    @Singleton
    MarkOnline markOnline(ChatUseCases useCases) {
        return useCases.markOnline();
    }

    @Singleton
    MarkOffline markOffline(ChatUseCases useCases) {
        return useCases.markOffline();
    }

    @Singleton
    FollowRoom followRoom(ChatUseCases useCases) {
        return useCases.followRoom();
    }

    @Singleton
    UploadAttachment uploadAttachment(ChatUseCases useCases) {
        return useCases.uploadAttachment();
    }

    @Singleton
    DownloadAttachment downloadAttachment(ChatUseCases useCases) {
        return useCases.downloadAttachment();
    }
}
