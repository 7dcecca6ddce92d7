package io.parlor.bootstrap;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Bean;
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

    @Bean final ShowRoom showRoom;
    @Bean final ListRooms listRooms;
    @Bean final InviteMembers inviteMembers;
    @Bean final LeaveRoom leaveRoom;
    @Bean final RejoinRoom rejoinRoom;
    @Bean final ListParticipants listParticipants;
    @Bean final PostMessage postMessage;
    @Bean final ListMessages listMessages;
    @Bean final MarkRead markRead;
    @Bean final ReportTyping reportTyping;
    @Bean final MarkOnline markOnline;
    @Bean final MarkOffline markOffline;
    @Bean final FollowRoom followRoom;
    @Bean final UploadAttachment uploadAttachment;
    @Bean final DownloadAttachment downloadAttachment;

    ChatUseCaseBeans(ChatUseCases useCases) {
        showRoom = useCases.showRoom();
        listRooms = useCases.listRooms();
        inviteMembers = useCases.inviteMembers();
        leaveRoom = useCases.leaveRoom();
        rejoinRoom = useCases.rejoinRoom();
        listParticipants = useCases.listParticipants();
        postMessage = useCases.postMessage();
        listMessages = useCases.listMessages();
        markRead = useCases.markRead();
        reportTyping = useCases.reportTyping();
        markOnline = useCases.markOnline();
        markOffline = useCases.markOffline();
        followRoom = useCases.followRoom();
        uploadAttachment = useCases.uploadAttachment();
        downloadAttachment = useCases.downloadAttachment();
    }

    @Singleton
    CreateRoom createRoom(ChatUseCases useCases, BeanProvider<CustomerAudience> audience,
                          BeanProvider<ShopMessageTriggers> triggers) {
        return new WelcomingCreateRoom(useCases.createRoom(), audience, triggers);
    }
}
