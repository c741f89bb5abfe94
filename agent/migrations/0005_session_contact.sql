-- The person signed in, when not the company itself: the attendee of a visit they book.
ALTER TABLE sessions ADD COLUMN contact_id BIGINT;
