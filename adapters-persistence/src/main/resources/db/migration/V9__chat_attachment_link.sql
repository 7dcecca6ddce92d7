-- A message's attachment must exist, now that uploads never posted are purged: a post racing the
-- purge of its file then fails on this key instead of showing a file that is gone, and the purge,
-- which deletes a row only while no message shows it, fails instead of orphaning a message.
-- Runs on PostgreSQL 15 and on H2 in PostgreSQL mode.

ALTER TABLE chat_messages
    ADD CONSTRAINT chat_messages_attachment_fkey FOREIGN KEY (attachment_id) REFERENCES chat_attachments (id);
