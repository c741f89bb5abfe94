-- Sessions, threads and their numbered events. Portable SQL: SQLite and PostgreSQL alike.
CREATE TABLE IF NOT EXISTS sessions (
    id TEXT PRIMARY KEY,
    created BIGINT NOT NULL
);

CREATE TABLE IF NOT EXISTS threads (
    id TEXT PRIMARY KEY,
    owner TEXT NOT NULL,
    title TEXT,
    updated BIGINT NOT NULL
);

CREATE TABLE IF NOT EXISTS events (
    thread_id TEXT NOT NULL,
    seq BIGINT NOT NULL,
    event TEXT NOT NULL,
    PRIMARY KEY (thread_id, seq)
);
