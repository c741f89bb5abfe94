//! Every event of every thread, numbered in order, with the thread state the shared reducer
//! builds from them. In memory for now; the persistent store keeps the same interface.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{SystemTime, UNIX_EPOCH};

use serde::Serialize;
use showroom_protocol::events::{
    MessagesSnapshot, TextMessageContent, TextMessageEnd, TextMessageStart,
};
use showroom_protocol::reducer::Role;
use showroom_protocol::{apply, Event, Thread};
use tokio::sync::broadcast;

use crate::frame::Frame;
use crate::session::SessionId;
use crate::store::{Op, Store, StoredThread, Writer};

/// How many events a follower may fall behind before it re-reads the log.
const FOLLOW_BUFFER: usize = 256;

struct Entry {
    /// The session that created the thread; no other session may see or change it.
    owner: Option<SessionId>,
    /// The thread's id, shared by every event the store is sent (made once, not per event).
    id: Option<Arc<str>>,
    /// How many of the thread's first events are only in the store (with a store, all of them:
    /// memory would hold every running thread's whole stream); `events` holds those after them.
    base: u64,
    /// The events when there is no store; numbers start at 1 and have no gaps.
    events: Vec<Frame>,
    state: Thread,
    /// Every appended event, for the streams that follow the thread (other tabs, re-attach).
    /// Made when the thread is first followed: a broadcast channel keeps its whole buffer
    /// (FOLLOW_BUFFER events, ~70 KB) from the start, too much for every thread a load creates.
    followers: Option<broadcast::Sender<Frame>>,
    /// The name the person gave it; until then it is called by its first message.
    title: Option<String>,
    /// When an event was last appended, in milliseconds since the epoch.
    updated: u64,
}

impl Default for Entry {
    fn default() -> Self {
        Entry {
            owner: None,
            id: None,
            base: 0,
            events: Vec::new(),
            state: Thread::default(),
            followers: None,
            title: None,
            updated: now_ms(),
        }
    }
}

impl Entry {
    /// The number the next event gets.
    fn next_seq(&self) -> u64 {
        self.base + self.events.len() as u64 + 1
    }

    fn summary(&self, id: &str) -> ThreadSummary {
        let title = self.title.clone().unwrap_or_else(|| {
            let first = self
                .state
                .messages
                .iter()
                .find(|m| m.role == Role::User)
                .map(|m| m.text.trim())
                .unwrap_or_default();
            shorten(first, TITLE_CHARS)
        });
        ThreadSummary {
            id: id.to_owned(),
            title,
            updated: self.updated,
        }
    }
}

/// How long a title may be, in characters.
pub const TITLE_CHARS: usize = 80;

fn shorten(text: &str, chars: usize) -> String {
    match text.char_indices().nth(chars) {
        Some((cut, _)) => format!("{}…", text[..cut].trim_end()),
        None => text.to_owned(),
    }
}

fn now_ms() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as u64)
}

/// A thread as the sidebar lists it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ThreadSummary {
    pub id: String,
    /// The given name, or the start of the first message ("" for a thread with none yet).
    pub title: String,
    /// Last change, in milliseconds since the epoch.
    pub updated: u64,
}

/// The append-only log of all threads; with a store, every change is also written there.
#[derive(Default)]
pub struct ThreadLog {
    threads: Mutex<HashMap<String, Entry>>,
    store: Option<Writer>,
    /// Where an idle thread's events are read back from.
    reader: Option<Store>,
}

impl ThreadLog {
    /// The log rebuilt from what the store kept (each thread's state with the shared reducer),
    /// writing every later change to it.
    pub fn restored(stored: Vec<StoredThread>, store: Writer, reader: Store) -> ThreadLog {
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
            threads.insert(thread.id, entry);
        }
        ThreadLog {
            threads: Mutex::new(threads),
            store: Some(store),
            reader: Some(reader),
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

    fn keep(&self, op: Op) {
        if let Some(store) = &self.store {
            store.send(op);
        }
    }

    fn keep_thread(&self, id: &str, entry: &Entry) {
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
        if self.store.is_some() {
            let id = entry.id.get_or_insert_with(|| thread_id.into()).clone();
            self.keep(Op::Event {
                thread_id: id,
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
        push(entry, &event, &frame, self.reader.is_none());
        if !piece {
            self.keep_thread(thread_id, entry);
        }
        frame
    }

    /// Opens a thread for `session`: creates it when new (an unknown id creates the thread, as
    /// AG-UI clients expect), and answers false when another session owns it.
    pub fn claim(&self, thread_id: &str, session: &SessionId) -> bool {
        let mut threads = self.threads.lock().unwrap_or_else(|e| e.into_inner());
        let entry = threads.entry(thread_id.to_owned()).or_default();
        match &entry.owner {
            Some(owner) => owner == session,
            None => {
                entry.owner = Some(session.clone());
                self.keep_thread(thread_id, entry);
                true
            }
        }
    }

    /// True when `session` owns the thread.
    pub fn owned_by(&self, thread_id: &str, session: &SessionId) -> bool {
        let threads = self.threads.lock().unwrap_or_else(|e| e.into_inner());
        threads.get(thread_id).and_then(|e| e.owner.as_ref()) == Some(session)
    }

    /// Appends an event to a thread (creating it) and returns its number and JSON text.
    pub fn append(&self, thread_id: &str, event: Event) -> Frame {
        let mut threads = self.threads.lock().unwrap_or_else(|e| e.into_inner());
        // A run's thread exists: no key is made for the lookup of each of its events.
        if let Some(entry) = threads.get_mut(thread_id) {
            return self.push(thread_id, entry, event);
        }
        let entry = threads.entry(thread_id.to_owned()).or_default();
        self.push(thread_id, entry, event)
    }

    /// Stores the person's message as the events that announce it (start, content, end), so a
    /// reload and every other tab see it; the stream of the run it starts does not repeat it.
    pub fn add_user_message(&self, thread_id: &str, message_id: &str, text: &str) -> u64 {
        let mut threads = self.threads.lock().unwrap_or_else(|e| e.into_inner());
        let entry = threads.entry(thread_id.to_owned()).or_default();
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
        let mut threads = self.threads.lock().unwrap_or_else(|e| e.into_inner());
        let entry = threads.get_mut(thread_id)?;
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
        let threads = self.threads.lock().unwrap_or_else(|e| e.into_inner());
        let mut list: Vec<ThreadSummary> = threads
            .iter()
            .filter(|(_, e)| e.owner.as_ref() == Some(session) && !e.state.messages.is_empty())
            .map(|(id, e)| e.summary(id))
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
        let mut threads = self.threads.lock().unwrap_or_else(|e| e.into_inner());
        let entry = threads
            .get_mut(thread_id)
            .filter(|e| e.owner.as_ref() == Some(session))?;
        entry.title = Some(shorten(title.trim(), TITLE_CHARS));
        entry.updated = now_ms();
        let summary = entry.summary(thread_id);
        self.keep_thread(thread_id, entry);
        Some(summary)
    }

    /// Deletes a thread and ends the streams following it; false when `session` does not own it.
    pub fn delete(&self, thread_id: &str, session: &SessionId) -> bool {
        let mut threads = self.threads.lock().unwrap_or_else(|e| e.into_inner());
        let owned = threads
            .get(thread_id)
            .is_some_and(|e| e.owner.as_ref() == Some(session));
        if owned {
            // Dropping the entry drops its sender: every follower's stream ends.
            threads.remove(thread_id);
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
            let threads = self.threads.lock().unwrap_or_else(|e| e.into_inner());
            let Some(entry) = threads.get(thread_id) else {
                return Vec::new();
            };
            (entry.base, recent(entry, after))
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
            let mut threads = self.threads.lock().unwrap_or_else(|e| e.into_inner());
            let entry = threads.entry(thread_id.to_owned()).or_default();
            let receiver = entry
                .followers
                .get_or_insert_with(|| broadcast::channel(FOLLOW_BUFFER).0)
                .subscribe();
            (entry.base, recent(entry, after), receiver)
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
        let threads = self.threads.lock().unwrap_or_else(|e| e.into_inner());
        threads
            .get(thread_id)
            .map_or(0, |entry| entry.next_seq() - 1)
    }

    /// The reduced state of a thread, if it exists.
    pub fn state(&self, thread_id: &str) -> Option<Thread> {
        let threads = self.threads.lock().unwrap_or_else(|e| e.into_inner());
        threads.get(thread_id).map(|entry| entry.state.clone())
    }
}

/// The events memory holds after `after`.
fn recent(entry: &Entry, after: u64) -> Vec<Frame> {
    entry
        .events
        .iter()
        .filter(|frame| frame.seq() > after)
        .cloned()
        .collect()
}

/// Applies and publishes one event (`frame`, numbered next); `in_memory` keeps it in the entry
/// (without a store, memory is where it is kept).
fn push(entry: &mut Entry, event: &Event, frame: &Frame, in_memory: bool) {
    apply(&mut entry.state, event);
    entry.updated = now_ms();
    // No follower is fine: nobody is watching this thread right now.
    if let Some(followers) = &entry.followers {
        let _ = followers.send(frame.clone());
    }
    if in_memory {
        entry.events.push(frame.clone());
    } else {
        entry.base = frame.seq();
    }
}

#[cfg(test)]
mod tests;
