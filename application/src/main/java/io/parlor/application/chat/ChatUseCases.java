package io.parlor.application.chat;

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
import io.parlor.application.chat.port.out.RoomActivity;
import io.parlor.application.shared.port.out.Topic;
import io.parlor.domain.chat.RoomId;

/**
 * Every chat use case, built from ports and settings: the one entry point for framework
 * factories and library users, e.g. {@code ChatUseCases.wire(ports, settings).postMessage()}.
 */
public record ChatUseCases(CreateRoom createRoom, ShowRoom showRoom, ListRooms listRooms,
        InviteMembers inviteMembers, LeaveRoom leaveRoom, RejoinRoom rejoinRoom, ListParticipants listParticipants,
        PostMessage postMessage, ListMessages listMessages, MarkRead markRead, ReportTyping reportTyping,
        MarkOnline markOnline, MarkOffline markOffline, FollowRoom followRoom, UploadAttachment uploadAttachment,
        DownloadAttachment downloadAttachment) {

    /** Where {@code RoomCreated} and {@code RoomUpdated} are published. */
    public static final Topic TOPIC = new Topic("chat");

    /**
     * Where the events of one room are published, after the unit of work that caused them
     * committed: {@code MessagePosted}, {@code MessagesRead}, {@code MemberTyping},
     * {@code MemberJoined}, {@code MemberLeft}. Each post is published by the thread that stored
     * it, so two concurrent posts may arrive out of {@code seq} order: a subscriber that delivers
     * in order holds a message back until the one before it came (or fetches it by
     * {@code afterSeq}).
     */
    public static Topic roomTopic(RoomId room) {
        return Topic.of("chat.room", room);
    }

    /** Builds every use case over {@code ports}, following {@code settings}. */
    public static ChatUseCases wire(ChatPorts ports, ChatSettings settings) {
        return wire(ports, settings, RoomActivity.NONE);
    }

    /** {@link #wire(ChatPorts, ChatSettings)}, telling {@code activity} of every stored message and read. */
    public static ChatUseCases wire(ChatPorts ports, ChatSettings settings, RoomActivity activity) {
        var roster = new Roster(ports);
        var views = new RoomViews(ports.messages(), ports.readMarks());
        var events = new ChatEvents(ports.events(), activity);
        return new ChatUseCases(
                new CreateRoomService(ports, roster, views, events, settings),
                new ShowRoomService(ports, views),
                new ListRoomsService(ports, views),
                new InviteMembersService(ports, roster, views, events, settings),
                new LeaveRoomService(ports, roster, events),
                new RejoinRoomService(ports, roster, views, events, settings),
                new ListParticipantsService(ports),
                new PostMessageService(ports, events, settings),
                new ListMessagesService(ports, settings),
                new MarkReadService(ports, events),
                new ReportTypingService(ports, events),
                new MarkOnlineService(ports, settings),
                new MarkOfflineService(ports),
                new FollowRoomService(ports),
                new UploadAttachmentService(ports, settings),
                new DownloadAttachmentService(ports));
    }
}
