-- Chat: rooms and their rosters, each room's message timeline, and how far each member has read.
-- A room's row also holds its timeline counter (last_seq): appending a message locks that row
-- (SELECT ... FOR UPDATE), which serialises the appends of one room and of no other.
-- The same script runs on PostgreSQL 15 and on H2 in PostgreSQL mode. Lengths count UTF-16
-- units on H2, so a name of 100 code points gets 200 and a text of 4,000 gets 8,000.
-- No CHECK constraints: every append updates a room row and inserts a message, every read
-- updates a mark, and H2 evaluates each CHECK of a table on every write to it under a lock
-- that all its rows share. The values come from validated domain objects (RoomState,
-- Message, ReadMark), written by the chat adapters alone.

CREATE TABLE chat_rooms (
    id               UUID                     NOT NULL,
    type             VARCHAR(8)               NOT NULL,
    name             VARCHAR(200),
    shop_id          UUID,
    created_by       UUID                     NOT NULL,
    -- the DirectPair key of a direct room, NULL for a group room (NULLs never clash)
    direct_pair_key  VARCHAR(80),
    -- the seq of the room's last message, 0 while it holds none; written by appends only
    last_seq         BIGINT                   NOT NULL DEFAULT 0,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    -- the latest of created_at and the sent_at of every message; written by appends only
    last_activity_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT chat_rooms_pkey PRIMARY KEY (id),
    CONSTRAINT chat_rooms_direct_pair_key UNIQUE (direct_pair_key),
    CONSTRAINT chat_rooms_shop_fkey FOREIGN KEY (shop_id) REFERENCES shops (id),
    CONSTRAINT chat_rooms_created_by_fkey FOREIGN KEY (created_by) REFERENCES members (id)
);

CREATE INDEX chat_rooms_shop_idx ON chat_rooms (shop_id);

-- current members (left_at NULL) and former ones; a member has one row per room
CREATE TABLE chat_room_members (
    room_id   UUID                     NOT NULL,
    member_id UUID                     NOT NULL,
    joined_at TIMESTAMP WITH TIME ZONE NOT NULL,
    left_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT chat_room_members_pkey PRIMARY KEY (room_id, member_id),
    CONSTRAINT chat_room_members_room_fkey FOREIGN KEY (room_id) REFERENCES chat_rooms (id),
    CONSTRAINT chat_room_members_member_fkey FOREIGN KEY (member_id) REFERENCES members (id)
);

-- the rooms of a member
CREATE INDEX chat_room_members_member_idx ON chat_room_members (member_id, left_at);

CREATE TABLE chat_messages (
    id                UUID                     NOT NULL,
    room_id           UUID                     NOT NULL,
    seq               BIGINT                   NOT NULL,
    sender_id         UUID                     NOT NULL,
    type              VARCHAR(8)               NOT NULL,
    body              VARCHAR(8000)            NOT NULL,
    attachment_id     UUID,
    -- the sender's retry key; NULL for SYSTEM messages (NULLs never clash)
    client_message_id VARCHAR(64),
    sent_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT chat_messages_pkey PRIMARY KEY (id),
    -- gap-free numbering is the appends' business; this is the backstop, and the index that
    -- history pages, last messages and unread counts read by range
    CONSTRAINT chat_messages_room_seq_key UNIQUE (room_id, seq),
    CONSTRAINT chat_messages_client_message_key UNIQUE (room_id, sender_id, client_message_id),
    CONSTRAINT chat_messages_room_fkey FOREIGN KEY (room_id) REFERENCES chat_rooms (id),
    CONSTRAINT chat_messages_sender_fkey FOREIGN KEY (sender_id) REFERENCES members (id)
);

-- kept apart from chat_room_members, so that rewriting a roster never touches a mark
CREATE TABLE chat_read_marks (
    room_id       UUID   NOT NULL,
    member_id     UUID   NOT NULL,
    last_read_seq BIGINT NOT NULL,
    CONSTRAINT chat_read_marks_pkey PRIMARY KEY (room_id, member_id),
    CONSTRAINT chat_read_marks_room_fkey FOREIGN KEY (room_id) REFERENCES chat_rooms (id),
    CONSTRAINT chat_read_marks_member_fkey FOREIGN KEY (member_id) REFERENCES members (id)
);

-- the marks of a member, for its room list
CREATE INDEX chat_read_marks_member_idx ON chat_read_marks (member_id);
