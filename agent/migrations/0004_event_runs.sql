-- A row may hold a run of a thread's consecutive events, `seq ..= last_seq`, one JSON text per
-- line: the writer stores what a thread appended during one batch in one row. Rows from before
-- hold one event each and have no `last_seq`.
ALTER TABLE events ADD COLUMN last_seq BIGINT;
