package io.parlor.application.chat;

import io.parlor.application.chat.port.in.ListParticipants;
import io.parlor.application.chat.port.in.ParticipantView;
import io.parlor.application.chat.port.out.MemberNames;
import io.parlor.application.chat.port.out.Presence;
import io.parlor.application.chat.port.out.ReadMarks;
import io.parlor.application.chat.port.out.Rooms;
import io.parlor.domain.chat.ReadMark;
import io.parlor.domain.chat.RoomNotFound;
import java.util.List;
import java.util.Optional;

final class ListParticipantsService implements ListParticipants {

    private final Rooms rooms;
    private final ReadMarks readMarks;
    private final MemberNames names;
    private final Presence presence;

    ListParticipantsService(Rooms rooms, ReadMarks readMarks, MemberNames names, Presence presence) {
        this.rooms = rooms;
        this.readMarks = readMarks;
        this.names = names;
        this.presence = presence;
    }

    @Override
    public List<ParticipantView> list(Query query) {
        var room = rooms.findById(query.room()).orElseThrow(RoomNotFound::new);
        room.requireMember(query.member());
        var members = room.members();
        var namesOf = names.namesOf(members);
        var marks = readMarks.inRoom(room.id());
        var online = presence.onlineAmong(members);
        return room.participants().stream()
                .map(p -> new ParticipantView(p.member(), Optional.ofNullable(namesOf.get(p.member())), p.joinedAt(),
                        marks.getOrDefault(p.member(), ReadMark.NONE).seq(), online.contains(p.member())))
                .toList();
    }
}
