//! One run: what a planner writes, numbered into the thread log and sent to the live stream.

use std::sync::Arc;
use std::time::Duration;

use showroom_protocol::events::{TextMessageContent, TextMessageEnd, TextMessageStart};
use showroom_protocol::Event;
use tokio::sync::mpsc;

use crate::threads::ThreadLog;

/// Where a planner writes a run's events.
///
/// A dropped connection does not stop the run: sending to a closed stream is ignored and the
/// events still go to the log.
pub struct RunWriter {
    pub thread_id: String,
    pub run_id: String,
    log: Arc<ThreadLog>,
    live: mpsc::Sender<(u64, Event)>,
    token_delay: Duration,
    next_id: u64,
}

impl RunWriter {
    pub fn new(
        thread_id: String,
        run_id: String,
        log: Arc<ThreadLog>,
        live: mpsc::Sender<(u64, Event)>,
        token_delay: Duration,
    ) -> RunWriter {
        RunWriter {
            thread_id,
            run_id,
            log,
            live,
            token_delay,
            next_id: 0,
        }
    }

    /// Records and sends one event.
    pub async fn emit(&mut self, event: impl Into<Event>) {
        let event = event.into();
        let seq = self.log.append(&self.thread_id, event.clone());
        let _ = self.live.send((seq, event)).await;
    }

    /// A fresh id for a message or tool call of this run.
    pub fn new_id(&mut self, kind: &str) -> String {
        self.next_id += 1;
        format!("{}-{kind}{}", self.run_id, self.next_id)
    }

    /// Streams an assistant message token by token, as a model would.
    pub async fn say(&mut self, text: &str) -> String {
        let message_id = self.new_id("m");
        self.emit(TextMessageStart {
            message_id: message_id.clone(),
            role: Some("assistant".into()),
            ..Default::default()
        })
        .await;
        for token in tokens(text) {
            self.emit(TextMessageContent {
                message_id: message_id.clone(),
                delta: token.to_owned(),
                ..Default::default()
            })
            .await;
            if !self.token_delay.is_zero() {
                tokio::time::sleep(self.token_delay).await;
            }
        }
        self.emit(TextMessageEnd {
            message_id: message_id.clone(),
            ..Default::default()
        })
        .await;
        message_id
    }
}

/// Splits text into tokens the way a model streams them: each word with the space before it.
pub fn tokens(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let start = rest.len() - rest.trim_start().len();
        let end = rest[start..]
            .find(char::is_whitespace)
            .map_or(rest.len(), |i| start + i);
        let (token, tail) = rest.split_at(end);
        rest = tail;
        Some(token)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_join_back_to_the_text() {
        let text = "Here  are two\nproducts: é and ü. ";
        let parts: Vec<&str> = tokens(text).collect();
        assert_eq!(parts.concat(), text);
        assert_eq!(parts[0], "Here");
        assert_eq!(parts[1], "  are");
        assert!(parts.len() > 4);
    }
}
