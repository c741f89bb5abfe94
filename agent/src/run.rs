//! One run: what a planner writes, numbered into the thread log and sent to the live stream.

use std::collections::VecDeque;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::Duration;

use futures_util::Stream;

use showroom_protocol::events::{TextMessageContent, TextMessageEnd, TextMessageStart};
use showroom_protocol::{Event, Interrupt};

use crate::frame::Frame;
use crate::runs::Stop;
use crate::threads::{ThreadLog, ThreadRef};
use showroom_commerce::clock::Clock;

/// The events a run wrote that its stream has not sent yet. The stream polls the run itself, in
/// the same task (see [`RunStream`]): nothing needs waking, so no channel is needed either.
#[derive(Clone, Default)]
pub struct Outbox(Arc<Mutex<VecDeque<Frame>>>);

impl Outbox {
    fn push(&self, frame: Frame) {
        // Once the stream is gone, nobody takes what is queued: the run goes on without it.
        if Arc::strong_count(&self.0) > 1 {
            self.queue().push_back(frame);
        }
    }

    /// Takes all that is queued into the empty `ready`, with one lock. Swapped, not drained:
    /// both keep their room for the next events.
    fn take_into(&self, ready: &mut VecDeque<Frame>) {
        debug_assert!(ready.is_empty());
        std::mem::swap(&mut *self.queue(), ready);
    }

    fn queue(&self) -> std::sync::MutexGuard<'_, VecDeque<Frame>> {
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// Where a planner writes a run's events.
///
/// A dropped connection does not stop the run: sending to a closed stream is ignored and the
/// events still go to the log. A cancel does: after it, [`RunWriter::emit`] writes nothing
/// more, and the run closes with [`RunWriter::finish`].
pub struct RunWriter {
    thread: ThreadRef,
    pub run_id: String,
    log: Arc<ThreadLog>,
    live: Outbox,
    token_delay: Duration,
    cancel: Arc<Stop>,
    clock: Clock,
    next_id: u64,
    /// What the run stops on: it ends with an `interrupt` outcome when there is any.
    interrupts: Vec<Interrupt>,
}

impl RunWriter {
    pub fn new(
        thread_id: String,
        run_id: String,
        log: Arc<ThreadLog>,
        live: Outbox,
        token_delay: Duration,
        cancel: Arc<Stop>,
        clock: Clock,
    ) -> RunWriter {
        RunWriter {
            thread: log.open(&thread_id),
            run_id,
            log,
            live,
            token_delay,
            cancel,
            clock,
            next_id: 0,
            interrupts: Vec::new(),
        }
    }

    /// True once the run was asked to stop.
    pub fn is_cancelled(&self) -> bool {
        self.cancel.is_asked()
    }

    /// Records and sends one event; after a cancel, nothing.
    pub async fn emit(&mut self, event: impl Into<Event>) {
        if !self.is_cancelled() {
            self.record(event.into()).await;
        }
    }

    /// Records and sends the run's closing event, cancelled or not.
    pub async fn finish(&mut self, event: impl Into<Event>) {
        self.record(event.into()).await;
    }

    async fn record(&mut self, event: Event) {
        self.live.push(self.log.append_to(&self.thread, event));
    }

    pub fn thread_id(&self) -> &str {
        self.thread.id()
    }

    /// The thread as it stands now, with what this run wrote so far.
    pub fn thread(&self) -> showroom_protocol::Thread {
        self.log.state_of(&self.thread)
    }

    /// Ends the run on a question for the person (an approval); the next run's `resume` answers.
    pub fn interrupt(&mut self, interrupt: Interrupt) {
        self.interrupts.push(interrupt);
    }

    /// True once the run is to stop on a question.
    pub fn has_interrupts(&self) -> bool {
        !self.interrupts.is_empty()
    }

    /// The questions the run stops on, if any.
    pub fn take_interrupts(&mut self) -> Vec<Interrupt> {
        std::mem::take(&mut self.interrupts)
    }

    /// A fresh id for a message or tool call of this run.
    /// The time now, as components say they were read (`readAt`).
    pub fn now_rfc3339(&self) -> String {
        self.clock.now_rfc3339()
    }

    pub fn new_id(&mut self, kind: &str) -> String {
        self.next_id += 1;
        format!("{}-{kind}{}", self.run_id, self.next_id)
    }

    /// Streams an assistant message token by token, as a model would.
    pub async fn say(&mut self, text: &str) -> String {
        self.say_in(tokens(text)).await
    }

    /// Streams an assistant message in the pieces given, pausing between them as [`say`] does.
    ///
    /// [`say`]: RunWriter::say
    pub async fn say_in<'t>(&mut self, pieces: impl Iterator<Item = &'t str>) -> String {
        let message_id = self.new_id("m");
        if self.is_cancelled() {
            return message_id;
        }
        self.emit(TextMessageStart {
            message_id: message_id.clone(),
            role: Some("assistant".into()),
            ..Default::default()
        })
        .await;
        let mut stopped = self.is_cancelled();
        for token in pieces {
            if stopped {
                break;
            }
            self.record(
                TextMessageContent {
                    message_id: message_id.clone(),
                    delta: token.to_owned(),
                    ..Default::default()
                }
                .into(),
            )
            .await;
            stopped = if self.token_delay.is_zero() {
                self.is_cancelled()
            } else {
                self.pause(self.token_delay).await
            };
        }
        // An open message is closed even when the run was stopped mid-sentence.
        let end = TextMessageEnd {
            message_id: message_id.clone(),
            ..Default::default()
        };
        self.record(end.into()).await;
        message_id
    }

    /// Waits `delay`, or less when the run is stopped meanwhile; true when it was.
    async fn pause(&self, delay: Duration) -> bool {
        let sleep = tokio::time::sleep(delay);
        tokio::pin!(sleep);
        std::future::poll_fn(|cx| {
            // The pause first: it is what ends almost every time.
            if sleep.as_mut().poll(cx).is_ready() {
                return Poll::Ready(self.is_cancelled());
            }
            self.cancel.poll_asked(cx).map(|()| true)
        })
        .await
    }
}

/// A run's events as its response sends them. The stream drives the run itself: one task for
/// both, so an event goes from the planner to the socket without a hop between tasks. If the
/// connection goes first, the rest of the run is spawned to finish on its own: a dropped
/// connection detaches from a run, it does not stop it.
pub struct RunStream {
    run: Option<Pin<Box<dyn Future<Output = ()> + Send>>>,
    events: Outbox,
    /// Events taken from `events` and not sent yet. The run writes only while this stream polls
    /// it: after each poll, one lock takes all it wrote.
    ready: VecDeque<Frame>,
}

impl RunStream {
    /// `run` writes to `events`.
    pub fn new(run: impl Future<Output = ()> + Send + 'static, events: Outbox) -> RunStream {
        RunStream {
            run: Some(Box::pin(run)),
            events,
            ready: VecDeque::new(),
        }
    }
}

impl Stream for RunStream {
    type Item = Frame;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Frame>> {
        let this = self.get_mut();
        if let Some(event) = this.ready.pop_front() {
            return Poll::Ready(Some(event));
        }
        let Some(run) = this.run.as_mut() else {
            return Poll::Ready(None);
        };
        if run.as_mut().poll(cx).is_ready() {
            this.run = None;
        }
        // `ready` is empty here: it is only refilled once all of it was sent.
        this.events.take_into(&mut this.ready);
        match this.ready.pop_front() {
            Some(event) => Poll::Ready(Some(event)),
            None if this.run.is_none() => Poll::Ready(None),
            None => Poll::Pending,
        }
    }
}

impl Drop for RunStream {
    fn drop(&mut self) {
        if let (Some(run), Ok(runtime)) = (self.run.take(), tokio::runtime::Handle::try_current()) {
            // Unqueued first: the run sees that nobody takes its events any more.
            self.events = Outbox::default();
            runtime.spawn(run);
        }
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

    #[tokio::test]
    async fn a_stop_ends_the_pause_between_tokens() {
        let stop = Arc::new(Stop::default());
        let mut out = RunWriter::new(
            "t".into(),
            "r".into(),
            Arc::new(ThreadLog::default()),
            Outbox::default(),
            Duration::from_secs(3600),
            stop.clone(),
            showroom_commerce::Clock::fixed(time::macros::datetime!(2026-11-27 09:00 UTC)),
        );
        let said = tokio::spawn(async move { out.say("one two three").await });
        // The first token is written, then the run pauses for an hour.
        tokio::time::sleep(Duration::from_millis(50)).await;
        stop.ask();
        let stopped = tokio::time::timeout(Duration::from_secs(5), said).await;
        assert!(stopped.is_ok(), "the stop woke the paused run");
    }

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
