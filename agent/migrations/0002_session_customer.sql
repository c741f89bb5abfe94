-- Who a session is signed in as (empty for an anonymous shopper).
ALTER TABLE sessions ADD COLUMN partner_id BIGINT;
ALTER TABLE sessions ADD COLUMN customer_name TEXT;
