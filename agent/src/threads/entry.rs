//! One thread in the log: its events (or how many the store holds), the state the shared
//! reducer builds from them, who owns it and who follows it.

use std::sync::Arc;

use showroom_protocol::reducer::Role;
use showroom_protocol::{apply, Event, Thread};
use tokio::sync::broadcast;

use super::{ThreadSummary, TITLE_CHARS};
use crate::frame::Frame;
use crate::session::SessionId;

#[derive(Default)]
pub(super) struct Entry {
    /// The session that created the thread; no other session may see or change it.
    pub(super) owner: Option<SessionId>,
    /// The thread's id, made when first needed (see [`Entry::id`]).
    pub(super) id: Option<Arc<str>>,
    /// How many of the thread's first events are only in the store (with a store, all of them:
    /// memory would hold every running thread's whole stream); `events` holds those after them.
    pub(super) base: u64,
    /// The events when there is no store; numbers start at 1 and have no gaps.
    pub(super) events: Vec<Frame>,
    pub(super) state: Thread,
    /// Every appended event, for the streams that follow the thread (other tabs, re-attach).
    /// Made when the thread is first followed: a broadcast channel keeps its whole buffer
    /// (FOLLOW_BUFFER events, ~70 KB) from the start, too much for every thread a load creates.
    pub(super) followers: Option<broadcast::Sender<Frame>>,
    /// The name the person gave it; until then it is called by its first message.
    pub(super) title: Option<String>,
    /// When the thread was made or last changed, in milliseconds since the epoch (by the log's
    /// clock).
    pub(super) updated: u64,
    /// Deleted while a run still held it: what the run appends is not kept.
    pub(super) deleted: bool,
}

impl Entry {
    /// The thread's id, made once and shared (by every event sent to the store, by the runs).
    pub(super) fn id(&mut self, thread_id: &str) -> Arc<str> {
        self.id.get_or_insert_with(|| thread_id.into()).clone()
    }

    /// The number the next event gets.
    pub(super) fn next_seq(&self) -> u64 {
        self.base + self.events.len() as u64 + 1
    }

    pub(super) fn summary(&self, id: &str) -> ThreadSummary {
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

pub(super) fn shorten(text: &str, chars: usize) -> String {
    match text.char_indices().nth(chars) {
        Some((cut, _)) => format!("{}…", text[..cut].trim_end()),
        None => text.to_owned(),
    }
}

/// The events memory holds after `after`.
pub(super) fn recent(entry: &Entry, after: u64) -> Vec<Frame> {
    entry
        .events
        .iter()
        .filter(|frame| frame.seq() > after)
        .cloned()
        .collect()
}

/// Applies and publishes one event (`frame`, numbered next); `in_memory` keeps it in the entry
/// (without a store, memory is where it is kept).
pub(super) fn push(entry: &mut Entry, event: &Event, frame: &Frame, in_memory: bool) {
    apply(&mut entry.state, event);
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
