package io.parlor.adapters.http.chat;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.parlor.adapters.http.chat.ChatRequests.Invitation;
import io.parlor.adapters.http.chat.ChatRequests.NewRoom;
import io.parlor.adapters.http.chat.ChatResponses.ParticipantResponse;
import io.parlor.adapters.http.chat.ChatResponses.RoomResponse;
import io.parlor.adapters.http.security.Caller;
import io.parlor.application.chat.port.in.CreateRoom;
import io.parlor.application.chat.port.in.InviteMembers;
import io.parlor.application.chat.port.in.LeaveRoom;
import io.parlor.application.chat.port.in.ListParticipants;
import io.parlor.application.chat.port.in.ListRooms;
import io.parlor.application.chat.port.in.RejoinRoom;
import io.parlor.application.chat.port.in.ShowRoom;
import io.parlor.domain.chat.RoomName;
import io.parlor.domain.membership.ShopId;
import io.parlor.domain.shared.InvalidValue;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Chat rooms and who is in them; the use cases decide who may see what. */
@Controller("/chat/rooms")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
@ExecuteOn(TaskExecutors.BLOCKING)
class ChatRoomsController {

    private final CreateRoom createRoom;
    private final ListRooms listRooms;
    private final ShowRoom showRoom;
    private final InviteMembers inviteMembers;
    private final LeaveRoom leaveRoom;
    private final RejoinRoom rejoinRoom;
    private final ListParticipants listParticipants;

    ChatRoomsController(CreateRoom createRoom, ListRooms listRooms, ShowRoom showRoom, InviteMembers inviteMembers,
                        LeaveRoom leaveRoom, RejoinRoom rejoinRoom, ListParticipants listParticipants) {
        this.createRoom = createRoom;
        this.listRooms = listRooms;
        this.showRoom = showRoom;
        this.inviteMembers = inviteMembers;
        this.leaveRoom = leaveRoom;
        this.rejoinRoom = rejoinRoom;
        this.listParticipants = listParticipants;
    }

    /** 201 for a new room; 200 with the existing one when the pair already has a direct room. */
    @Post
    HttpResponse<RoomResponse> create(Authentication caller, @Body @Valid NewRoom request) {
        var result = createRoom.create(new CreateRoom.Command(Caller.memberOf(caller), ChatRequests.roomType(request.type()),
                Optional.ofNullable(request.name()).filter(name -> !name.isBlank()).map(RoomName::new),
                ChatRequests.members(request.memberIds()), shop(request.shopId())));
        var body = RoomResponse.of(result.room());
        return result.created() ? HttpResponse.created(body) : HttpResponse.ok(body);
    }

    @Get
    List<RoomResponse> list(Authentication caller) {
        return listRooms.list(new ListRooms.Query(Caller.memberOf(caller))).stream().map(RoomResponse::of).toList();
    }

    @Get("/{roomId}")
    RoomResponse show(Authentication caller, String roomId) {
        return RoomResponse.of(showRoom.show(new ShowRoom.Query(ChatIds.room(roomId), Caller.memberOf(caller))));
    }

    @Post("/{roomId}/members")
    RoomResponse invite(Authentication caller, String roomId, @Body @Valid Invitation request) {
        return RoomResponse.of(inviteMembers.invite(new InviteMembers.Command(ChatIds.room(roomId),
                Caller.memberOf(caller), ChatRequests.members(request.memberIds()))));
    }

    @Delete("/{roomId}/members/me")
    @Status(HttpStatus.NO_CONTENT)
    void leave(Authentication caller, String roomId) {
        leaveRoom.leave(new LeaveRoom.Command(ChatIds.room(roomId), Caller.memberOf(caller)));
    }

    @Post("/{roomId}/members/me")
    RoomResponse rejoin(Authentication caller, String roomId) {
        return RoomResponse.of(rejoinRoom.rejoin(new RejoinRoom.Command(ChatIds.room(roomId), Caller.memberOf(caller))));
    }

    @Get("/{roomId}/members")
    List<ParticipantResponse> participants(Authentication caller, String roomId) {
        return listParticipants.list(new ListParticipants.Query(ChatIds.room(roomId), Caller.memberOf(caller)))
                .stream().map(ParticipantResponse::of).toList();
    }

    private static Optional<ShopId> shop(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ShopId(UUID.fromString(raw)));
        } catch (IllegalArgumentException notAnId) {
            throw new InvalidValue("shopId", "is not a shop id");
        }
    }
}
