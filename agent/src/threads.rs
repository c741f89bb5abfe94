//! Every event of every thread, numbered in order, with the thread state the shared reducer
//! builds from them. In memory for now; the persistent store keeps the same interface.

use std::collections::HashMap;
use std::sync::Mutex;

use showroom_protocol::{apply, Event, Thread};
use tokio::sync::broadcast;

use crate::session::SessionId;

/// An event with its sequence number in the thread.
pub type Numbered = (u64, Event);

/// How many events a follower may fall behind before it re-reads the log.
const FOLLOW_BUFFER: usize = 256;

struct Entry {
    /// The session that created the thread; no other session may see or change it.
    owner: Option<SessionId>,
    /// `(sequence number, event)`; numbers start at 1 and have no gaps.
    events: Vec<Numbered>,
    state: Thread,
    /// Every appended event, for the streams that follow the thread (other tabs, re-attach).
    followers: broadcast::Sender<Numbered>,
}

impl Default for Entry {
    fn default() -> Self {
        Entry {
            owner: None,
            events: Vec::new(),
            state: Thread::default(),
            followers: broadcast::channel(FOLLOW_BUFFER).0,
        }
    }
}

/// The append-only log of all threads.
#[derive(Default)]
pub struct ThreadLog {
    threads: Mutex<HashMap<String, Entry>>,
}

impl ThreadLog {
    /// Opens a thread for `session`: creates it when new (an unknown id creates the thread, as
    /// AG-UI clients expect), and answers false when another session owns it.
    pub fn claim(&self, thread_id: &str, session: &SessionId) -> bool {
        let mut threads = self.threads.lock().unwrap_or_else(|e| e.into_inner());
        let entry = threads.entry(thread_id.to_owned()).or_default();
        match &entry.owner {
            Some(owner) => owner == session,
            None => {
                entry.owner = Some(session.clone());
                true
            }
        }
    }

    /// True when `session` owns the thread.
    pub fn owned_by(&self, thread_id: &str, session: &SessionId) -> bool {
        let threads = self.threads.lock().unwrap_or_else(|e| e.into_inner());
        threads.get(thread_id).and_then(|e| e.owner.as_ref()) == Some(session)
    }

    /// Appends an event to a thread (creating it) and returns its sequence number.
    pub fn append(&self, thread_id: &str, event: Event) -> u64 {
        let mut threads = self.threads.lock().unwrap_or_else(|e| e.into_inner());
        let entry = threads.entry(thread_id.to_owned()).or_default();
        apply(&mut entry.state, &event);
        let seq = entry.events.len() as u64 + 1;
        // No follower is fine: nobody is watching this thread right now.
        let _ = entry.followers.send((seq, event.clone()));
        entry.events.push((seq, event));
        seq
    }

    /// The events of a thread after `after` (0 for all).
    pub fn events_after(&self, thread_id: &str, after: u64) -> Vec<Numbered> {
        let threads = self.threads.lock().unwrap_or_else(|e| e.into_inner());
        threads
            .get(thread_id)
            .map(|entry| {
                entry
                    .events
                    .iter()
                    .filter(|(seq, _)| *seq > after)
                    .cloned()
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Follows a thread: the events after `after`, then each new one as it is appended. Subscribes
    /// before reading the log, so an event appended in between is neither lost nor repeated.
    pub fn follow(
        &self,
        thread_id: &str,
        after: u64,
    ) -> (Vec<Numbered>, broadcast::Receiver<Numbered>) {
        let mut threads = self.threads.lock().unwrap_or_else(|e| e.into_inner());
        let entry = threads.entry(thread_id.to_owned()).or_default();
        let receiver = entry.followers.subscribe();
        let past = entry
            .events
            .iter()
            .filter(|(seq, _)| *seq > after)
            .cloned()
            .collect();
        (past, receiver)
    }

    /// The reduced state of a thread, if it exists.
    pub fn state(&self, thread_id: &str) -> Option<Thread> {
        let threads = self.threads.lock().unwrap_or_else(|e| e.into_inner());
        threads.get(thread_id).map(|entry| entry.state.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use showroom_protocol::events::TextMessageEnd;

    #[test]
    fn sequence_numbers_are_per_thread_and_gapless() {
        let log = ThreadLog::default();
        let end = |id: &str| -> Event {
            TextMessageEnd {
                message_id: id.into(),
                ..Default::default()
            }
            .into()
        };
        assert_eq!(log.append("a", end("1")), 1);
        assert_eq!(log.append("b", end("1")), 1);
        assert_eq!(log.append("a", end("2")), 2);
        assert_eq!(log.events_after("a", 1).len(), 1);
        assert!(log.state("a").is_some());
        assert!(log.state("c").is_none());
    }
}
