//! The background task that writes the store: ops in order, gathered into one transaction per
//! batch, a thread's consecutive events of a batch in one row.
//!
//! It runs on a thread of its own, not among the server's tasks. A batch takes milliseconds of
//! work between two awaits (gathering rows, binding thousands of values), and every stream
//! waiting in the workers' queue would wait that long too: under the paced bench, the runs that
//! arrived during a batch got their first event 20-30 ms late. On its own thread that work is
//! shared out by the kernel instead.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use sqlx::{AnyConnection, AnyPool};
use tokio::sync::{mpsc, oneshot, Notify};

use super::Op;

/// Sends ops to the background task that writes them, in order.
#[derive(Clone, Debug)]
pub struct Writer {
    ops: mpsc::UnboundedSender<Op>,
    /// Cuts the writer's gathering short: somebody waits for a flush.
    hurry: Arc<Notify>,
}

impl Writer {
    pub fn send(&self, op: Op) {
        // The task ends only when every writer is gone: a failed send cannot happen while
        // the server runs.
        let _ = self.ops.send(op);
    }

    /// Waits until everything sent so far is written.
    pub async fn flush(&self) {
        let (done, written) = oneshot::channel();
        self.send(Op::Flush(done));
        self.hurry.notify_one();
        let _ = written.await;
    }
}

/// How long the writer gathers ops after the first one before it writes them: one transaction
/// for everything a busy server appended meanwhile, instead of one per few events (each commit
/// rewrites the pages it touched: with hundreds of threads, most of the index). Nobody waits on
/// it but a flush, which cuts it short. 250 ms measured best under 2,000 paced runs: the SQLite
/// thread's share of the one core fell from ~19 % (50 ms) to ~5 %.
const GATHER: Duration = Duration::from_millis(250);

/// How many ops are written in one transaction at most.
const BATCH: usize = 16_384;

impl Writer {
    /// Starts the thread writing to `pool`.
    pub(super) fn start(pool: AnyPool) -> std::io::Result<Writer> {
        let (send, receive) = mpsc::unbounded_channel::<Op>();
        let hurry = Arc::new(Notify::new());
        let hurried = hurry.clone();
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()?;
        std::thread::Builder::new()
            .name("showroom-store".into())
            .spawn(move || runtime.block_on(write_all(pool, receive, hurried)))?;
        Ok(Writer { ops: send, hurry })
    }
}

/// Writes batches until every [`Writer`] is gone.
async fn write_all(pool: AnyPool, mut receive: mpsc::UnboundedReceiver<Op>, hurried: Arc<Notify>) {
    let mut batch = Vec::new();
    while receive.recv_many(&mut batch, BATCH).await > 0 {
        // With a backlog there is nothing to wait for.
        if batch.len() < BATCH && !batch.iter().any(|op| matches!(op, Op::Flush(_))) {
            tokio::select! {
                _ = tokio::time::sleep(GATHER) => {}
                _ = hurried.notified() => {}
            }
        }
        while batch.len() < BATCH {
            match receive.try_recv() {
                Ok(op) => batch.push(op),
                Err(_) => break,
            }
        }
        let mut flushed = Vec::new();
        let ops: Vec<Op> = batch
            .drain(..)
            .filter_map(|op| match op {
                Op::Flush(done) => {
                    flushed.push(done);
                    None
                }
                op => Some(op),
            })
            .collect();
        if let Err(error) = write(&pool, ops).await {
            // Nothing else to tell: the request that caused it has been answered.
            eprintln!("showroom-agent: could not store: {error}");
        }
        for done in flushed {
            let _ = done.send(());
        }
    }
}

/// Writes a batch in one transaction, in order. Events and thread rows are written many rows
/// per statement: under load a batch holds a few events of each of hundreds of runs, and each
/// statement is a round trip to the database (for SQLite, to its thread).
async fn write(pool: &AnyPool, ops: Vec<Op>) -> Result<(), sqlx::Error> {
    if ops.is_empty() {
        return Ok(());
    }
    let mut tx = pool.begin().await?;
    let mut rows = Rows::default();
    for op in ops {
        match op {
            Op::Event { thread_id, frame } => {
                rows.event(thread_id, frame.seq() as i64, frame.json())
            }
            Op::Thread {
                id,
                owner,
                title,
                updated,
            } => {
                // The last row of a thread in the batch is the one that counts.
                rows.threads.insert(id, (owner, title, updated));
            }
            Op::Session { id, created } => rows.sessions.push((id, created)),
            // These apply to the rows before them, not to those after: a sign-in to the
            // session just made, a delete to the thread's events so far.
            op @ (Op::SessionCustomer { .. } | Op::DeleteThread { .. }) => {
                rows.write(&mut tx).await?;
                write_one(&mut tx, op).await?;
            }
            op => write_one(&mut tx, op).await?,
        }
    }
    rows.write(&mut tx).await?;
    tx.commit().await
}

/// Session, thread and event rows waiting to be written together.
#[derive(Default)]
struct Rows {
    /// New sessions: one per run of a client without a cookie, so about as many as runs.
    sessions: Vec<(String, i64)>,
    /// Runs of consecutive events of one thread: `(thread, first seq, last seq, lines)`.
    events: Vec<(Arc<str>, i64, i64, String)>,
    /// Where each thread's latest run is in `events`.
    open: HashMap<Arc<str>, usize>,
    threads: HashMap<String, (String, Option<String>, i64)>,
}

/// Rows per statement at most, well within SQLite's (32,766) and PostgreSQL's (65,535) limits
/// on bound parameters. Each statement is a round trip to the database, but on the store's own
/// thread nobody queues behind it; a statement of 8,000 rows kept 3 MiB more in memory at the
/// paced bench's peak (the SQL, the bound values and SQLite's compiled program).
const ROWS_PER_STATEMENT: usize = 1000;

impl Rows {
    /// Adds an event to its thread's run, or starts one. (A thread's events arrive in order
    /// and without gaps; a gap would start a new run all the same.)
    fn event(&mut self, thread_id: Arc<str>, seq: i64, json: &str) {
        if let Some(&at) = self.open.get(&thread_id) {
            let (_, _, last, lines) = &mut self.events[at];
            if *last + 1 == seq {
                *last = seq;
                lines.push('\n');
                lines.push_str(json);
                return;
            }
        }
        self.open.insert(thread_id.clone(), self.events.len());
        self.events.push((thread_id, seq, seq, json.to_owned()));
    }

    async fn write(&mut self, db: &mut AnyConnection) -> Result<(), sqlx::Error> {
        // Sessions before the threads they own, threads before their events.
        insert(
            db,
            "INSERT INTO sessions (id, created) VALUES",
            "ON CONFLICT (id) DO NOTHING",
            2,
            &self.sessions,
            |query, (id, created)| query.bind(id).bind(created),
        )
        .await?;
        let threads: Vec<_> = self.threads.drain().collect();
        insert(
            db,
            "INSERT INTO threads (id, owner, title, updated) VALUES",
            "ON CONFLICT (id) DO UPDATE SET title = excluded.title, updated = excluded.updated",
            4,
            &threads,
            |query, (id, (owner, title, updated))| {
                query.bind(id).bind(owner).bind(title).bind(updated)
            },
        )
        .await?;
        insert(
            db,
            "INSERT INTO events (thread_id, seq, last_seq, event) VALUES",
            "",
            4,
            &self.events,
            |query, (thread_id, first, last, lines)| {
                query.bind(&**thread_id).bind(first).bind(last).bind(lines)
            },
        )
        .await?;
        self.sessions.clear();
        self.events.clear();
        self.open.clear();
        Ok(())
    }
}

type Query<'q> = sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>>;

/// Inserts `rows`, many per statement (`{into} (..), (..) {then}`), `bind` binding one row's
/// `columns`.
async fn insert<T>(
    db: &mut AnyConnection,
    into: &str,
    then: &str,
    columns: usize,
    rows: &[T],
    bind: impl for<'q> Fn(Query<'q>, &'q T) -> Query<'q>,
) -> Result<(), sqlx::Error> {
    let anonymous = db.backend_name() == "SQLite";
    for chunk in rows.chunks(ROWS_PER_STATEMENT) {
        let sql = format!(
            "{into} {} {then}",
            placeholders(chunk.len(), columns, anonymous)
        );
        // Not kept prepared: its size changes with every batch.
        let query = chunk
            .iter()
            .fold(sqlx::query(&sql).persistent(false), &bind);
        query.execute(&mut *db).await?;
    }
    Ok(())
}

/// `($1, $2), ($3, $4)` for two rows of two columns; `(?, ?), (?, ?)` when `anonymous`, for
/// SQLite, which looks each numbered parameter up by name (a scan per parameter).
fn placeholders(rows: usize, columns: usize, anonymous: bool) -> String {
    let mut sql = String::with_capacity(rows * columns * 5);
    for row in 0..rows {
        if row > 0 {
            sql.push_str(", ");
        }
        sql.push('(');
        for column in 0..columns {
            if column > 0 {
                sql.push_str(", ");
            }
            if anonymous {
                sql.push('?');
            } else {
                sql.push_str(&format!("${}", row * columns + column + 1));
            }
        }
        sql.push(')');
    }
    sql
}

async fn write_one(db: &mut AnyConnection, op: Op) -> Result<(), sqlx::Error> {
    match op {
        Op::SessionCustomer { id, customer } => {
            let (partner, name, contact) = match customer {
                Some((partner, name, contact)) => (Some(partner), Some(name), contact),
                None => (None, None, None),
            };
            sqlx::query(
                "UPDATE sessions SET partner_id = $2, customer_name = $3, contact_id = $4 \
                 WHERE id = $1",
            )
            .bind(id)
            .bind(partner)
            .bind(name)
            .bind(contact)
            .execute(&mut *db)
            .await?;
        }
        Op::DeleteThread { id } => {
            sqlx::query("DELETE FROM events WHERE thread_id = $1")
                .bind(&id)
                .execute(&mut *db)
                .await?;
            sqlx::query("DELETE FROM threads WHERE id = $1")
                .bind(&id)
                .execute(&mut *db)
                .await?;
        }
        Op::Record(r) => {
            sqlx::query(
                "INSERT INTO records (kind, key, partner_id, data, created) \
                 VALUES ($1, $2, $3, $4, $5) \
                 ON CONFLICT (kind, key) DO UPDATE SET data = excluded.data",
            )
            .bind(r.kind)
            .bind(r.key)
            .bind(r.partner_id)
            .bind(r.data)
            .bind(r.created)
            .execute(&mut *db)
            .await?;
        }
        Op::Audit(a) => {
            sqlx::query(
                "INSERT INTO audit (at, session, partner_id, action, key, record, outcome) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7)",
            )
            .bind(a.at)
            .bind(a.session)
            .bind(a.partner_id)
            .bind(a.action)
            .bind(a.key)
            .bind(a.record)
            .bind(a.outcome)
            .execute(&mut *db)
            .await?;
        }
        // Gathered into rows ([`Rows`]), or no write at all.
        Op::Session { .. } | Op::Thread { .. } | Op::Event { .. } | Op::Flush(_) => {}
    }
    Ok(())
}

/// The demo store keeps what it makes through the writer, in order with the threads.
impl showroom_commerce::Keeper for Writer {
    fn keep(&self, record: showroom_commerce::KeptRecord) {
        self.send(Op::Record(Box::new(record)));
    }
}
