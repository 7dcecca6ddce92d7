-- The overlap check under a designer's lock reads only reservations that start at most the
-- designer's longest blocked time before the window, instead of every earlier reservation: with
-- the index on (designer_id, start_at) its cost no longer grows with the designer's history.
-- A reservation's blocked time is fixed when it is booked (a move keeps it), so the longest one
-- grows only on insert, which raises it under the same lock. Whole seconds, rounded up.
-- Runs on PostgreSQL 15 and on H2 in PostgreSQL mode.

ALTER TABLE designer_locks ADD COLUMN longest_blocked_seconds BIGINT NOT NULL DEFAULT 0;

UPDATE designer_locks SET longest_blocked_seconds = COALESCE((
    SELECT CAST(CEILING(MAX(EXTRACT(EPOCH FROM r.blocked_until) - EXTRACT(EPOCH FROM r.start_at))) AS BIGINT)
    FROM reservations r
    WHERE r.designer_id = designer_locks.designer_id), 0);
