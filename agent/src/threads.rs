//! Every event of every thread, numbered in order, with the thread state the shared reducer
//! builds from them. In memory for now; the persistent store keeps the same interface.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard};

use serde::Serialize;
use showroom_protocol::events::{
    MessagesSnapshot, TextMessageContent, TextMessageEnd, TextMessageStart,
};
use showroom_protocol::{apply, Event, Thread};
use tokio::sync::broadcast;

use crate::frame::Frame;
use crate::session::SessionId;
use crate::store::{Op, Store, StoredThread, Writer};
use showroom_commerce::clock::Clock;

mod entry;

use entry::{push, recent, shorten, Entry};

/// How many events a follower may fall behind before it re-reads the log.
const FOLLOW_BUFFER: usize = 256;

/// How long a title may be, in characters.
pub const TITLE_CHARS: usize = 80;

/// A thread as the sidebar lists it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ThreadSummary {
    pub id: String,
    /// The given name, or the start of the first message ("" for a thread with none yet).
    pub title: String,
    /// Last change, in milliseconds since the epoch.
    pub updated: u64,
}

/// A thread's entry, shared by the log and the runs appending to it.
type Shared = Arc<Mutex<Entry>>;

fn lock(entry: &Shared) -> MutexGuard<'_, Entry> {
    entry.lock().unwrap_or_else(|e| e.into_inner())
}

/// One thread, held by a run: its events are appended without looking the thread up each time.
pub struct ThreadRef {
    id: Arc<str>,
    entry: Shared,
}

impl ThreadRef {
    pub fn id(&self) -> &str {
        &self.id
    }
}

/// The append-only log of all threads; with a store, every change is also written there.
#[derive(Default)]
pub struct ThreadLog {
    threads: Mutex<HashMap<String, Shared>>,
    store: Option<Writer>,
    /// Where an idle thread's events are read back from.
    reader: Option<Store>,
    /// When a thread was last changed (the sidebar's order).
    clock: Clock,
}

impl ThreadLog {
    /// An empty log, in memory only, whose threads are stamped by `clock`.
    pub fn new(clock: Clock) -> ThreadLog {
        ThreadLog {
            clock,
            ..ThreadLog::default()
        }
    }

    /// The log rebuilt from what the store kept (each thread's state with the shared reducer),
    /// writing every later change to it.
    pub fn restored(
        stored: Vec<StoredThread>,
        store: Writer,
        reader: Store,
        clock: Clock,
    ) -> ThreadLog {
        let mut threads = HashMap::new();
        for thread in stored {
            let mut entry = Entry {
                owner: Some(SessionId::new(thread.owner)),
                title: thread.title,
                updated: thread.updated as u64,
                ..Entry::default()
            };
            // The state is rebuilt; the events stay in the store until somebody follows.
            for (seq, json) in thread.events {
                match Event::from_json(&json) {
                    Ok(event) => {
                        apply(&mut entry.state, &event);
                    }
                    Err(error) => eprintln!(
                        "showroom-agent: event {seq} of {} unreadable: {error}",
                        thread.id
                    ),
                }
                entry.base = seq;
            }
            threads.insert(thread.id, Arc::new(Mutex::new(entry)));
        }
        ThreadLog {
            threads: Mutex::new(threads),
            store: Some(store),
            reader: Some(reader),
            clock,
        }
    }

    /// The events numbered `after + 1 ..= upto` from the store (everything sent to it first).
    async fn stored_events(&self, thread_id: &str, after: u64, upto: u64) -> Vec<Frame> {
        let (Some(writer), Some(reader)) = (&self.store, &self.reader) else {
            return Vec::new();
        };
        writer.flush().await;
        match reader.events(thread_id, after, upto).await {
            Ok(events) => events
                .into_iter()
                .map(|(seq, json)| Frame::new(seq, &json))
                .collect(),
            Err(error) => {
                eprintln!("showroom-agent: events of {thread_id} unreadable: {error}");
                Vec::new()
            }
        }
    }

    fn map(&self) -> MutexGuard<'_, HashMap<String, Shared>> {
        self.threads.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn find(&self, thread_id: &str) -> Option<Shared> {
        self.map().get(thread_id).cloned()
    }

    /// The thread's entry, made when it is new.
    fn find_or_new(&self, thread_id: &str) -> Shared {
        let mut threads = self.map();
        // Mostly the thread exists: no key is made for the lookup.
        if let Some(entry) = threads.get(thread_id) {
            return entry.clone();
        }
        let updated = self.clock.unix_ms();
        threads
            .entry(thread_id.to_owned())
            .or_insert_with(|| {
                Arc::new(Mutex::new(Entry {
                    updated,
                    ..Entry::default()
                }))
            })
            .clone()
    }

    fn keep(&self, op: Op) {
        if let Some(store) = &self.store {
            store.send(op);
        }
    }

    fn keep_thread(&self, id: &str, entry: &Entry) {
        if entry.deleted {
            return;
        }
        self.keep(Op::Thread {
            id: id.to_owned(),
            owner: entry
                .owner
                .as_ref()
                .map(|o| o.as_str().to_owned())
                .unwrap_or_default(),
            title: entry.title.clone(),
            updated: entry.updated as i64,
        });
    }

    /// Appends, numbers and publishes one event, and keeps it.
    fn push(&self, thread_id: &str, entry: &mut Entry, event: Event) -> Frame {
        let frame = Frame::of(entry.next_seq(), &event);
        if self.store.is_some() && !entry.deleted {
            self.keep(Op::Event {
                thread_id: entry.id(thread_id),
                frame: frame.clone(),
            });
        }
        // A streamed piece (a token, a bit of tool arguments) changes nothing in the thread's
        // row but its time: the row is written with the message's start and end, not per token.
        let piece = matches!(
            event,
            Event::TextMessageContent(_)
                | Event::TextMessageChunk(_)
                | Event::ToolCallArgs(_)
                | Event::ToolCallChunk(_)
                | Event::ReasoningMessageContent(_)
        );
        entry.updated = self.clock.unix_ms();
        push(entry, &event, &frame, self.reader.is_none());
        if !piece {
            self.keep_thread(thread_id, entry);
        }
        frame
    }

    /// Opens a thread for `session`: creates it when new (an unknown id creates the thread, as
    /// AG-UI clients expect), and answers false when another session owns it.
    pub fn claim(&self, thread_id: &str, session: &SessionId) -> bool {
        let shared = self.find_or_new(thread_id);
        let mut entry = lock(&shared);
        match &entry.owner {
            Some(owner) => owner == session,
            None => {
                entry.owner = Some(session.clone());
                self.keep_thread(thread_id, &entry);
                true
            }
        }
    }

    /// True when `session` owns the thread.
    pub fn owned_by(&self, thread_id: &str, session: &SessionId) -> bool {
        self.find(thread_id)
            .is_some_and(|e| lock(&e).owner.as_ref() == Some(session))
    }

    /// Appends an event to a thread (creating it) and returns its frame.
    pub fn append(&self, thread_id: &str, event: Event) -> Frame {
        self.append_to(&self.open(thread_id), event)
    }

    /// The thread (created when new), for appending to it many times.
    pub fn open(&self, thread_id: &str) -> ThreadRef {
        let entry = self.find_or_new(thread_id);
        let id = lock(&entry).id(thread_id);
        ThreadRef { id, entry }
    }

    /// Appends an event to an open thread and returns its frame.
    pub fn append_to(&self, thread: &ThreadRef, event: Event) -> Frame {
        self.push(&thread.id, &mut lock(&thread.entry), event)
    }

    /// Stores the person's message as the events that announce it (start, content, end), so a
    /// reload and every other tab see it; the stream of the run it starts does not repeat it.
    pub fn add_user_message(&self, thread_id: &str, message_id: &str, text: &str) -> u64 {
        let shared = self.find_or_new(thread_id);
        let entry = &mut lock(&shared);
        self.push(
            thread_id,
            entry,
            TextMessageStart {
                message_id: message_id.to_owned(),
                role: Some("user".into()),
                ..Default::default()
            }
            .into(),
        );
        self.push(
            thread_id,
            entry,
            TextMessageContent {
                message_id: message_id.to_owned(),
                delta: text.to_owned(),
                ..Default::default()
            }
            .into(),
        );
        self.push(
            thread_id,
            entry,
            TextMessageEnd {
                message_id: message_id.to_owned(),
                ..Default::default()
            }
            .into(),
        )
        .seq()
    }

    /// Takes back a thread from `message_id` on (for an edited question or a new answer): the
    /// messages before it stay, recorded as a MESSAGES_SNAPSHOT so every follower sees the same.
    /// `None` when the thread or the message does not exist.
    pub fn rewind(&self, thread_id: &str, message_id: &str) -> Option<u64> {
        let shared = self.find(thread_id)?;
        let entry = &mut lock(&shared);
        let keep = entry
            .state
            .messages
            .iter()
            .position(|m| m.id == message_id)?;
        let mut messages = entry.state.to_messages();
        messages.truncate(keep);
        Some(
            self.push(
                thread_id,
                entry,
                MessagesSnapshot {
                    messages,
                    ..Default::default()
                }
                .into(),
            )
            .seq(),
        )
    }

    /// The threads `session` owns, the latest first; threads with no message yet are left out.
    pub fn list(&self, session: &SessionId) -> Vec<ThreadSummary> {
        let mut list: Vec<ThreadSummary> = self
            .map()
            .iter()
            .filter_map(|(id, e)| {
                let e = lock(e);
                let listed = e.owner.as_ref() == Some(session) && !e.state.messages.is_empty();
                listed.then(|| e.summary(id))
            })
            .collect();
        list.sort_by(|a, b| b.updated.cmp(&a.updated).then_with(|| a.id.cmp(&b.id)));
        list
    }

    /// Names a thread; `None` when `session` does not own it.
    pub fn rename(
        &self,
        thread_id: &str,
        session: &SessionId,
        title: &str,
    ) -> Option<ThreadSummary> {
        let shared = self.find(thread_id)?;
        let mut entry = lock(&shared);
        if entry.owner.as_ref() != Some(session) {
            return None;
        }
        entry.title = Some(shorten(title.trim(), TITLE_CHARS));
        entry.updated = self.clock.unix_ms();
        let summary = entry.summary(thread_id);
        self.keep_thread(thread_id, &entry);
        Some(summary)
    }

    /// Deletes a thread and ends the streams following it; false when `session` does not own it.
    pub fn delete(&self, thread_id: &str, session: &SessionId) -> bool {
        let mut threads = self.map();
        let owned = threads
            .get(thread_id)
            .is_some_and(|e| lock(e).owner.as_ref() == Some(session));
        if owned {
            if let Some(entry) = threads.remove(thread_id) {
                let mut entry = lock(&entry);
                entry.deleted = true;
                // Dropping the sender ends every follower's stream.
                entry.followers = None;
            }
            self.keep(Op::DeleteThread {
                id: thread_id.to_owned(),
            });
        }
        owned
    }

    /// The events of a thread after `after` (0 for all), from memory and, for an idle thread's
    /// older ones, from the store.
    pub async fn events_after(&self, thread_id: &str, after: u64) -> Vec<Frame> {
        let (base, recent) = {
            let Some(shared) = self.find(thread_id) else {
                return Vec::new();
            };
            let entry = lock(&shared);
            (entry.base, recent(&entry, after))
        };
        self.with_stored(thread_id, after, base, recent).await
    }

    /// Follows a thread: the events after `after`, then each new one as it is appended. Subscribes
    /// before reading the log, so an event appended in between is neither lost nor repeated.
    pub async fn follow(
        &self,
        thread_id: &str,
        after: u64,
    ) -> (Vec<Frame>, broadcast::Receiver<Frame>) {
        let (base, recent, receiver) = {
            let shared = self.find_or_new(thread_id);
            let mut entry = lock(&shared);
            let receiver = entry
                .followers
                .get_or_insert_with(|| broadcast::channel(FOLLOW_BUFFER).0)
                .subscribe();
            (entry.base, recent(&entry, after), receiver)
        };
        (
            self.with_stored(thread_id, after, base, recent).await,
            receiver,
        )
    }

    /// `recent` (what memory holds after `after`), preceded by what only the store has.
    async fn with_stored(
        &self,
        thread_id: &str,
        after: u64,
        base: u64,
        recent: Vec<Frame>,
    ) -> Vec<Frame> {
        if after >= base {
            return recent;
        }
        let mut events = self.stored_events(thread_id, after, base).await;
        events.extend(recent);
        events
    }

    /// The number of the thread's last event (0 when it has none).
    pub fn last_seq(&self, thread_id: &str) -> u64 {
        self.find(thread_id)
            .map_or(0, |entry| lock(&entry).next_seq() - 1)
    }

    /// The reduced state of a thread, if it exists.
    pub fn state(&self, thread_id: &str) -> Option<Thread> {
        self.find(thread_id).map(|entry| lock(&entry).state.clone())
    }

    /// The reduced state of an open thread.
    pub fn state_of(&self, thread: &ThreadRef) -> Thread {
        lock(&thread.entry).state.clone()
    }
}

#[cfg(test)]
mod tests;
