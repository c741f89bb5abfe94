//! Where threads outlive the process: sessions, threads (owner, title) and every numbered event,
//! in SQLite (a file, the default) or PostgreSQL (`DATABASE_URL`), through sqlx with runtime
//! queries and embedded migrations (no database is needed to compile).
//!
//! The thread log stays the source of what is served; it writes through to the store in order,
//! from one background thread ([`Writer`]), so a request never waits on the disk. At start the log
//! is rebuilt from the store with the shared reducer.

use std::sync::Arc;

use showroom_commerce::KeptRecord;
use sqlx::any::{install_default_drivers, AnyPoolOptions, AnyRow};
use sqlx::{AnyPool, Executor, Row};

use crate::frame::Frame;

mod writer;

pub use writer::Writer;

/// One change to keep.
#[derive(Debug)]
pub enum Op {
    Session {
        id: String,
        created: i64,
    },
    /// Who a session is signed in as now: `(partner id, name)`, or no one.
    SessionCustomer {
        id: String,
        /// The commercial partner, its name, and the person signed in.
        customer: Option<(i64, String, Option<i64>)>,
    },
    /// A thread's row, created or updated.
    Thread {
        id: String,
        owner: String,
        title: Option<String>,
        updated: i64,
    },
    /// One numbered event: the frame the log sent, shared, not copied.
    Event {
        thread_id: Arc<str>,
        frame: Frame,
    },
    DeleteThread {
        id: String,
    },
    /// A record the demo store created (an order, a booking, a ticket), kept by its key.
    /// (Boxed, as the audit line: queued ops are mostly events, and take the largest one's size.)
    Record(Box<KeptRecord>),
    /// One line of the audit log.
    Audit(Box<AuditEntry>),
    /// Answers once every op sent before it is written.
    Flush(tokio::sync::oneshot::Sender<()>),
}

/// A session as stored: its id, and `(partner id, name)` when signed in.
pub type StoredSession = (String, Option<(i64, String, Option<i64>)>);

/// A thread as stored.
#[derive(Debug, PartialEq)]
pub struct StoredThread {
    pub id: String,
    pub owner: String,
    pub title: Option<String>,
    pub updated: i64,
    /// `(seq, event JSON)` in order.
    pub events: Vec<(u64, String)>,
}

/// A commitment tried: who, what, when, which record, and how it ended.
#[derive(Clone, Debug, PartialEq)]
pub struct AuditEntry {
    /// Unix milliseconds.
    pub at: i64,
    pub session: String,
    pub partner_id: Option<i64>,
    /// The tool, e.g. `place_order`.
    pub action: String,
    /// The idempotency key the commitment was made under.
    pub key: String,
    /// The record it made or found, e.g. `sale.order 42 S00042`.
    pub record: Option<String>,
    /// `done`, or why it was refused or failed.
    pub outcome: String,
}

#[derive(Clone)]
pub struct Store {
    pool: AnyPool,
}

impl Store {
    /// Connects (a SQLite file is created when missing) and brings the schema up to date.
    pub async fn open(url: &str) -> Result<Store, sqlx::Error> {
        install_default_drivers();
        let url =
            if url.starts_with("sqlite:") && !url.contains("mode=") && !url.contains(":memory:") {
                let sep = if url.contains('?') { '&' } else { '?' };
                format!("{url}{sep}mode=rwc")
            } else {
                url.to_owned()
            };
        // One connection for SQLite: its writes are serial anyway, and an in-memory database
        // lives in one connection.
        let connections = if url.starts_with("sqlite:") { 1 } else { 5 };
        let pool = AnyPoolOptions::new()
            .max_connections(connections)
            .after_connect(|connection, _| {
                Box::pin(async move {
                    // Write-ahead logging: a commit appends to the log, one sync at checkpoints
                    // instead of several per transaction; readers do not wait for the writer.
                    // A checkpoint every 64 MB of log rather than 4: a page that many commits
                    // wrote (a busy thread's) is copied back once.
                    if connection.backend_name() == "SQLite" {
                        connection
                            .execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA wal_autocheckpoint = 16384")
                            .await?;
                    }
                    Ok(())
                })
            })
            .connect(&url)
            .await?;
        sqlx::migrate!("./migrations").run(&pool).await?;
        Ok(Store { pool })
    }

    /// Starts the background thread that writes ops in order; returns the handle to send them.
    pub fn writer(&self) -> std::io::Result<Writer> {
        Writer::start(self.pool.clone())
    }

    /// Every session, with who it is signed in as.
    pub async fn sessions(&self) -> Result<Vec<StoredSession>, sqlx::Error> {
        let rows = sqlx::query("SELECT id, partner_id, customer_name, contact_id FROM sessions")
            .fetch_all(&self.pool)
            .await?;
        rows.iter()
            .map(|r| {
                let partner: Option<i64> = r.try_get("partner_id")?;
                let name: Option<String> = r.try_get("customer_name")?;
                let contact: Option<i64> = r.try_get("contact_id")?;
                let customer = partner.zip(name).map(|(p, n)| (p, n, contact));
                Ok((r.try_get::<String, _>("id")?, customer))
            })
            .collect()
    }

    /// Every demo store record, oldest first.
    pub async fn records(&self) -> Result<Vec<KeptRecord>, sqlx::Error> {
        let rows = sqlx::query(
            "SELECT kind, key, partner_id, data, created FROM records ORDER BY created, key",
        )
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(KeptRecord {
                    kind: r.try_get("kind")?,
                    key: r.try_get("key")?,
                    partner_id: r.try_get("partner_id")?,
                    data: r.try_get("data")?,
                    created: r.try_get("created")?,
                })
            })
            .collect()
    }

    /// The audit log, oldest first.
    pub async fn audit(&self) -> Result<Vec<AuditEntry>, sqlx::Error> {
        let rows = sqlx::query(
            "SELECT at, session, partner_id, action, key, record, outcome FROM audit ORDER BY at",
        )
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(AuditEntry {
                    at: r.try_get("at")?,
                    session: r.try_get("session")?,
                    partner_id: r.try_get("partner_id")?,
                    action: r.try_get("action")?,
                    key: r.try_get("key")?,
                    record: r.try_get("record")?,
                    outcome: r.try_get("outcome")?,
                })
            })
            .collect()
    }

    /// A thread's events numbered `after + 1 ..= upto`, in order.
    pub async fn events(
        &self,
        thread_id: &str,
        after: u64,
        upto: u64,
    ) -> Result<Vec<(u64, String)>, sqlx::Error> {
        let rows = sqlx::query(
            "SELECT seq, last_seq, event FROM events \
             WHERE thread_id = $1 AND COALESCE(last_seq, seq) > $2 AND seq <= $3 ORDER BY seq",
        )
        .bind(thread_id)
        .bind(after as i64)
        .bind(upto as i64)
        .fetch_all(&self.pool)
        .await?;
        let mut events = event_rows(&rows)?;
        events.retain(|(seq, _)| (after + 1..=upto).contains(seq));
        Ok(events)
    }

    /// Every thread with its events, in order.
    pub async fn threads(&self) -> Result<Vec<StoredThread>, sqlx::Error> {
        let rows = sqlx::query("SELECT id, owner, title, updated FROM threads ORDER BY id")
            .fetch_all(&self.pool)
            .await?;
        let mut threads = Vec::with_capacity(rows.len());
        for row in rows {
            let id: String = row.try_get("id")?;
            let rows = sqlx::query(
                "SELECT seq, last_seq, event FROM events WHERE thread_id = $1 ORDER BY seq",
            )
            .bind(&id)
            .fetch_all(&self.pool)
            .await?;
            let events = event_rows(&rows)?;
            threads.push(StoredThread {
                id,
                owner: row.try_get("owner")?,
                title: row.try_get("title")?,
                updated: row.try_get("updated")?,
                events,
            });
        }
        Ok(threads)
    }
}

/// The events of `rows` (`seq`, `last_seq`, `event`), one per line of a row that holds several.
fn event_rows(rows: &[AnyRow]) -> Result<Vec<(u64, String)>, sqlx::Error> {
    let mut events = Vec::with_capacity(rows.len());
    for row in rows {
        let first = row.try_get::<i64, _>("seq")? as u64;
        let last = row.try_get::<Option<i64>, _>("last_seq")?;
        let text: String = row.try_get("event")?;
        if last.is_none() {
            events.push((first, text));
            continue;
        }
        events.extend((first..).zip(text.split('\n').map(str::to_owned)));
    }
    Ok(events)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The store's round trip on SQLite, and on PostgreSQL when `SHOWROOM_TEST_POSTGRES` names
    /// a database to use (`.ci/run` starts one).
    async fn round_trip(url: &str) {
        let store = Store::open(url).await.unwrap();
        let writer = store.writer().unwrap();
        let thread = format!("t-{}", uuid::Uuid::new_v4());
        writer.send(Op::Session {
            id: "s1".into(),
            created: 1,
        });
        writer.send(Op::Thread {
            id: thread.clone(),
            owner: "s1".into(),
            title: None,
            updated: 5,
        });
        for seq in 1..=3 {
            writer.send(Op::Event {
                thread_id: thread.as_str().into(),
                frame: Frame::new(seq, &format!("{{\"n\":{seq}}}")),
            });
        }
        writer.send(Op::Thread {
            id: thread.clone(),
            owner: "s1".into(),
            title: Some("Chairs".into()),
            updated: 9,
        });
        writer.flush().await;
        // A row from before runs of events were kept together: one event, no last_seq.
        sqlx::query("INSERT INTO events (thread_id, seq, event) VALUES ($1, 4, '{\"n\":4}')")
            .bind(&thread)
            .execute(&store.pool)
            .await
            .unwrap();
        let stored = store.threads().await.unwrap();
        let mine = stored.iter().find(|t| t.id == thread).unwrap();
        assert_eq!(mine.title.as_deref(), Some("Chairs"));
        assert_eq!(mine.updated, 9);
        assert_eq!(
            mine.events,
            (1..=4)
                .map(|n| (n, format!("{{\"n\":{n}}}")))
                .collect::<Vec<_>>()
        );
        // A range that starts and ends inside a run.
        let middle = store.events(&thread, 1, 2).await.unwrap();
        assert_eq!(middle, [(2, "{\"n\":2}".to_owned())]);
        writer.send(Op::SessionCustomer {
            id: "s1".into(),
            customer: Some((10, "Deco Addict".into(), None)),
        });
        // New sessions are written many to a statement at the end of a batch; a sign-in in
        // the same batch still finds its session written before it.
        writer.send(Op::Session {
            id: "s2".into(),
            created: 2,
        });
        writer.send(Op::SessionCustomer {
            id: "s2".into(),
            customer: Some((11, "Gemini Furniture".into(), Some(31))),
        });
        writer.send(Op::Session {
            id: "s3".into(),
            created: 3,
        });
        writer.flush().await;
        let sessions = store.sessions().await.unwrap();
        assert!(
            sessions.contains(&("s1".to_owned(), Some((10, "Deco Addict".to_owned(), None)))),
            "{sessions:?}"
        );
        assert!(
            sessions.contains(&(
                "s2".to_owned(),
                Some((11, "Gemini Furniture".to_owned(), Some(31)))
            )),
            "{sessions:?}"
        );
        assert!(sessions.contains(&("s3".to_owned(), None)), "{sessions:?}");
        let key = format!("k-{thread}");
        let record = |data: &str| KeptRecord {
            kind: "order".into(),
            key: key.clone(),
            partner_id: 10,
            data: data.into(),
            created: 7,
        };
        writer.send(Op::Record(Box::new(record("{\"v\":1}"))));
        writer.send(Op::Record(Box::new(record("{\"v\":2}"))));
        writer.send(Op::Audit(Box::new(AuditEntry {
            at: 8,
            session: "s1".into(),
            partner_id: Some(10),
            action: "place_order".into(),
            key: key.clone(),
            record: Some("sale.order 1 S00001".into()),
            outcome: "done".into(),
        })));
        writer.flush().await;
        let records = store.records().await.unwrap();
        assert!(records.contains(&record("{\"v\":2}")), "{records:?}");
        assert!(store.audit().await.unwrap().iter().any(|a| a.key == key));
        // Many rows in one batch, written a statement at a time, and a delete between them
        // that takes only the rows before it.
        let again = |seq: u64| Op::Event {
            thread_id: thread.as_str().into(),
            frame: Frame::new(seq, "{}"),
        };
        for seq in 5..=450 {
            writer.send(again(seq));
        }
        writer.send(Op::DeleteThread { id: thread.clone() });
        writer.send(again(1));
        writer.flush().await;
        assert_eq!(store.events(&thread, 0, 1000).await.unwrap().len(), 1);
        writer.send(Op::DeleteThread { id: thread.clone() });
        writer.flush().await;
        assert!(store
            .threads()
            .await
            .unwrap()
            .iter()
            .all(|t| t.id != thread));
    }

    #[tokio::test]
    async fn sqlite_keeps_threads_and_events() {
        let dir = std::env::temp_dir().join(format!("showroom-store-{}", uuid::Uuid::new_v4()));
        std::fs::create_dir_all(&dir).unwrap();
        round_trip(&format!("sqlite://{}", dir.join("t.db").display())).await;
        let _ = std::fs::remove_dir_all(dir);
    }

    #[tokio::test]
    async fn postgres_keeps_threads_and_events() {
        match std::env::var("SHOWROOM_TEST_POSTGRES") {
            Ok(url) if !url.is_empty() => round_trip(&url).await,
            _ => eprintln!(
                "SHOWROOM_TEST_POSTGRES is not set: the PostgreSQL store is not tested here"
            ),
        }
    }
}
