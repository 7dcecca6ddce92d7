-- Notifications: every member's inbox, numbered per member. A member's counter row is locked
-- (SELECT ... FOR UPDATE) by each add until it commits, so numbers are given in commit order
-- and a stream that read number n never finds n-1 appearing later. Deleting a notification
-- leaves the counter where it is: a number is never given twice.
-- Same script on PostgreSQL 15 and on H2 in PostgreSQL mode (lengths count UTF-16 units on H2).
-- No foreign key to members: members are never deleted, only withdrawn, and the inbox of a
-- withdrawn member is cleared by its owner like any other.

CREATE TABLE notification_counters (
    recipient_id UUID   NOT NULL,
    last_seq     BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT notification_counters_pkey PRIMARY KEY (recipient_id)
);

CREATE TABLE notifications (
    id           UUID                     NOT NULL,
    recipient_id UUID                     NOT NULL,
    seq          BIGINT                   NOT NULL,
    type         VARCHAR(32)              NOT NULL,
    title        VARCHAR(400)             NOT NULL,
    body         VARCHAR(8000)            NOT NULL,
    -- the fact behind it, so that one fact heard by several instances is told once; NULLs never clash
    origin       VARCHAR(400),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT notifications_pkey PRIMARY KEY (id),
    -- pages (newest first, before a seq) and replays (after a seq) read this index by range
    CONSTRAINT notifications_recipient_seq_key UNIQUE (recipient_id, seq),
    CONSTRAINT notifications_recipient_origin_key UNIQUE (recipient_id, origin)
);

-- the small string map a client uses to link a notification to what it is about
CREATE TABLE notification_data (
    notification_id UUID          NOT NULL,
    data_key        VARCHAR(100)  NOT NULL,
    data_value      VARCHAR(1000) NOT NULL,
    CONSTRAINT notification_data_pkey PRIMARY KEY (notification_id, data_key),
    CONSTRAINT notification_data_notification_fkey FOREIGN KEY (notification_id)
        REFERENCES notifications (id) ON DELETE CASCADE
);
