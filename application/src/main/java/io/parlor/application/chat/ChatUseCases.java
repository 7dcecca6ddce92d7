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
 * Close it to end its threads: the one that stores queued posts and the followers' gap timer.
 */
public record ChatUseCases(CreateRoom createRoom, ShowRoom showRoom, ListRooms listRooms,
        InviteMembers inviteMembers, LeaveRoom leaveRoom, RejoinRoom rejoinRoom, ListParticipants listParticipants,
        PostMessage postMessage, ListMessages listMessages, MarkRead markRead, ReportTyping reportTyping,
        MarkOnline markOnline, MarkOffline markOffline, FollowRoom followRoom, UploadAttachment uploadAttachment,
        DownloadAttachment downloadAttachment) implements AutoCloseable {

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

    /**
     * Stops the posts' group commit once the posts it took are stored (later posts are refused),
     * then the timer that lets followers catch up.
     */
    @Override
    public void close() {
        if (postMessage instanceof PostMessageService posts) {
            posts.close();
        }
        if (followRoom instanceof FollowRoomService followers) {
            followers.close();
        }
    }

    /** Builds every use case over {@code ports}, following {@code settings}. */
    public static ChatUseCases wire(ChatPorts ports, ChatSettings settings) {
        return wire(ports, settings, RoomActivity.NONE);
    }

    /** {@link #wire(ChatPorts, ChatSettings)}, telling {@code activity} of every stored message and read. */
    public static ChatUseCases wire(ChatPorts ports, ChatSettings settings, RoomActivity activity) {
        var roster = new Roster(ports.memberNames(), ports.messages(), ports.readMarks(), ports.ids());
        var views = new RoomViews(ports.messages(), ports.readMarks());
        var events = new ChatEvents(ports.events(), activity);
        return new ChatUseCases(
                new CreateRoomService(ports.rooms(), roster, views, events, ports.transactions(), ports.time(),
                        ports.ids(), settings),
                new ShowRoomService(ports.rooms(), views),
                new ListRoomsService(ports.rooms(), views),
                new InviteMembersService(ports.rooms(), roster, views, events, ports.transactions(), ports.time(),
                        settings),
                new LeaveRoomService(ports.rooms(), roster, events, ports.transactions(), ports.time()),
                new RejoinRoomService(ports.rooms(), roster, views, events, ports.transactions(), ports.time(),
                        settings),
                new ListParticipantsService(ports.rooms(), ports.readMarks(), ports.memberNames(), ports.presence()),
                new PostMessageService(ports.rooms(), ports.messages(), ports.attachments(), events,
                        ports.transactions(), ports.time(), ports.ids(), settings),
                new ListMessagesService(ports.rooms(), ports.messages(), settings),
                new MarkReadService(ports.rooms(), ports.messages(), ports.readMarks(), events, ports.time()),
                new ReportTypingService(ports.rooms(), events, ports.time()),
                new MarkOnlineService(ports.presence(), settings),
                new MarkOfflineService(ports.presence()),
                new FollowRoomService(ports.messages(), ports.events(), ports.time()),
                new UploadAttachmentService(ports.attachments(), ports.blobs(), ports.time(), ports.ids(), settings),
                new DownloadAttachmentService(ports.attachments(), ports.blobs(), ports.messages(), ports.rooms()));
    }
}
