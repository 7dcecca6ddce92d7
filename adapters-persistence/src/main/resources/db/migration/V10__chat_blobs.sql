-- The bytes of attachments, in the database, so that every instance reads what any instance
-- stored without a shared volume (the default when PostgreSQL is configured). A blob is cut into
-- chunks so that neither writing nor reading ever holds a whole file in memory. No foreign key to
-- chat_attachments: the bytes are kept first and the attachment row is added once they are whole.
-- Runs on PostgreSQL 15 and on H2 in PostgreSQL mode (BYTEA is an alias of VARBINARY there).

CREATE TABLE chat_blob_chunks (
    blob_id UUID    NOT NULL,
    -- 0, 1, 2, ...: the order of the chunks in the file
    seq     INTEGER NOT NULL,
    content BYTEA   NOT NULL,
    CONSTRAINT chat_blob_chunks_pkey PRIMARY KEY (blob_id, seq)
);
