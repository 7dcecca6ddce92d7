-- Chat attachments: what chat knows of each uploaded file. The bytes are not in the database:
-- the blob store keeps them under the same id (files under <data dir>/attachments by default),
-- and a row is inserted only once they are kept whole.
-- The same script runs on PostgreSQL 15 and on H2 in PostgreSQL mode. Lengths count UTF-16
-- units on H2, so a name of 255 code points gets 510. As in V4, no CHECK constraints: the values
-- come from validated domain objects (AttachmentInfo, AttachmentName, AttachmentType).

CREATE TABLE chat_attachments (
    id           UUID                     NOT NULL,
    -- the uploader: the only member who may post it, and one who may always download it
    owner_id     UUID                     NOT NULL,
    -- a label made safe by AttachmentName, never part of a storage path
    name         VARCHAR(510)             NOT NULL,
    -- type/subtype in lower case, without parameters
    content_type VARCHAR(255)             NOT NULL,
    -- in bytes, as counted while storing them
    size         BIGINT                   NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT chat_attachments_pkey PRIMARY KEY (id),
    CONSTRAINT chat_attachments_owner_fkey FOREIGN KEY (owner_id) REFERENCES members (id)
);

-- the rooms whose timeline shows an attachment, asked on every download by someone other than
-- the uploader; messages without an attachment hold NULL there
CREATE INDEX chat_messages_attachment_idx ON chat_messages (attachment_id);
