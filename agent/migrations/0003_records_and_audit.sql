-- What people create in the demo store (orders, bookings, tickets), as JSON, by idempotency key.
CREATE TABLE IF NOT EXISTS records (
    kind TEXT NOT NULL,
    key TEXT NOT NULL,
    partner_id BIGINT NOT NULL,
    data TEXT NOT NULL,
    created BIGINT NOT NULL,
    PRIMARY KEY (kind, key)
);

-- Every commitment tried: who (session, customer), what, when, which record, and how it ended.
CREATE TABLE IF NOT EXISTS audit (
    at BIGINT NOT NULL,
    session TEXT NOT NULL,
    partner_id BIGINT,
    action TEXT NOT NULL,
    key TEXT NOT NULL,
    record TEXT,
    outcome TEXT NOT NULL
);
