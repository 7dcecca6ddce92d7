-- The notification outbox and the durable deadlines of every context.
-- Both are claimed with SELECT ... FOR UPDATE SKIP LOCKED, ordered by due time, so that any
-- number of instances share the due rows and never take the same one at once.

-- one row per notification and channel, written in the transaction that stores the notification
CREATE TABLE notification_deliveries (
    id              UUID                     NOT NULL,
    notification_id UUID                     NOT NULL,
    recipient_id    UUID                     NOT NULL,
    channel         VARCHAR(16)              NOT NULL,
    -- PENDING (due at due_at, or leased until then), SENT or FAILED
    status          VARCHAR(16)              NOT NULL,
    attempts        INTEGER                  NOT NULL,
    due_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    last_error      VARCHAR(1000),
    sent_at         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT notification_deliveries_pkey PRIMARY KEY (id),
    CONSTRAINT notification_deliveries_notification_channel_key UNIQUE (notification_id, channel)
);

CREATE INDEX notification_deliveries_due_idx ON notification_deliveries (status, due_at);

-- work that falls due at a time; the key names it (scheduling the same key again moves it)
CREATE TABLE deadlines (
    deadline_key VARCHAR(200)             NOT NULL,
    kind         VARCHAR(50)              NOT NULL,
    due_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    payload      VARCHAR(4000)            NOT NULL,
    attempts     INTEGER                  NOT NULL,
    CONSTRAINT deadlines_pkey PRIMARY KEY (deadline_key)
);

CREATE INDEX deadlines_due_idx ON deadlines (due_at);
