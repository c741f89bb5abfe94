//! The thread as the view sees it: the shared reducer's [`Thread`] plus one signal per thing
//! that can change, so a token touches one text node and not the list.

use leptos::prelude::*;
use showroom_protocol::reducer::{Activity, Role, RunStatus};
use showroom_protocol::{apply, Change, Event, Message, RunOutcome, Thread, ThreadMessage};

/// One message, with a signal for each part that streams.
#[derive(Clone, Debug)]
pub struct MessageView {
    pub id: String,
    pub role: Role,
    pub text: RwSignal<String>,
    pub streaming: RwSignal<bool>,
    pub activity: RwSignal<Option<Activity>>,
}

impl MessageView {
    fn new(message: &ThreadMessage) -> MessageView {
        MessageView {
            id: message.id.clone(),
            role: message.role,
            text: RwSignal::new(message.text.clone()),
            streaming: RwSignal::new(message.streaming),
            activity: RwSignal::new(message.activity.clone()),
        }
    }

    fn sync(&self, message: &ThreadMessage) {
        self.text.set(message.text.clone());
        if self.streaming.get_untracked() != message.streaming {
            self.streaming.set(message.streaming);
        }
        if self.activity.with_untracked(|a| a != &message.activity) {
            self.activity.set(message.activity.clone());
        }
    }
}

/// Where the current run stands, as the page shows it.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum RunView {
    #[default]
    Idle,
    Running,
    Done,
    /// The person stopped the run.
    Stopped,
    /// The run failed; `code` is translated by the page.
    Failed {
        code: String,
    },
}

impl RunView {
    /// The state as a word, for `data-state` (tests and styling).
    pub fn as_str(&self) -> &'static str {
        match self {
            RunView::Idle => "idle",
            RunView::Running => "running",
            RunView::Done => "done",
            RunView::Stopped => "stopped",
            RunView::Failed { .. } => "failed",
        }
    }
}

/// The chat's state: the reducer's thread and its reactive mirror.
#[derive(Clone, Copy)]
pub struct ChatStore {
    thread: StoredValue<Thread>,
    pub messages: RwSignal<Vec<MessageView>>,
    pub run: RwSignal<RunView>,
    /// Events the reducer could not use, as sentences: shown, never silently dropped.
    pub protocol_errors: RwSignal<Vec<String>>,
    /// True while a dropped connection is being re-attached.
    pub reconnecting: RwSignal<bool>,
    /// True while the agent cannot be reached at all (server down, network gone).
    pub unreachable: RwSignal<bool>,
    /// The id of the last event received: where a re-attach resumes, across runs.
    last_event_id: StoredValue<Option<String>>,
    /// The thread's event numbers already applied: the run's stream and the thread's follow
    /// stream deliver the same events, each is applied once.
    applied: StoredValue<std::collections::HashSet<u64>>,
    /// Events received since the last animation frame, applied together at the next one.
    pending: StoredValue<Vec<Event>>,
    frame_requested: StoredValue<bool>,
    /// When set, told how long each frame's flush took, its views updated (the bench page).
    flush_probe: StoredValue<Option<Callback<f64>>>,
}

impl ChatStore {
    pub fn new() -> ChatStore {
        ChatStore {
            thread: StoredValue::new(Thread::default()),
            messages: RwSignal::new(Vec::new()),
            run: RwSignal::new(RunView::Idle),
            protocol_errors: RwSignal::new(Vec::new()),
            reconnecting: RwSignal::new(false),
            unreachable: RwSignal::new(false),
            last_event_id: StoredValue::new(None),
            applied: StoredValue::new(Default::default()),
            pending: StoredValue::new(Vec::new()),
            frame_requested: StoredValue::new(false),
            flush_probe: StoredValue::new(None),
        }
    }

    /// The thread's messages as they stand, for the next run's input.
    pub fn input_messages(&self) -> Vec<Message> {
        self.thread.with_value(Thread::to_messages)
    }

    pub fn add_user_message(&self, id: String, text: String) {
        let change = self
            .thread
            .try_update_value(|t| t.add_user_message(id, text));
        self.reflect(change.unwrap_or(Change::Nothing));
    }

    /// Takes one event of a stream, remembering its id for a re-attach. Events are applied at
    /// the next animation frame, all together: a burst of tokens costs one render, not one each.
    pub fn receive(&self, id: Option<&str>, event: Event) {
        if let Some(id) = id {
            if let Ok(seq) = id.parse::<u64>() {
                if !self.mark_applied(seq) {
                    return;
                }
            }
            self.last_event_id.set_value(Some(id.to_owned()));
        }
        self.pending.update_value(|pending| pending.push(event));
        if !self.frame_requested.get_value() {
            self.frame_requested.set_value(true);
            let store = *self;
            request_animation_frame(move || store.flush());
        }
    }

    /// Times every flush from now on (milliseconds, until the views it changed are updated).
    pub fn probe_flushes(&self, probe: Callback<f64>) {
        self.flush_probe.set_value(Some(probe));
    }

    /// Forgets the whole thread (the bench page starts each stream afresh).
    pub fn clear(&self) {
        self.pending.update_value(Vec::clear);
        self.thread.set_value(Thread::default());
        self.applied.update_value(|applied| applied.clear());
        self.messages.set(Vec::new());
        self.run.set(RunView::Idle);
    }

    /// Applies every event received so far, then updates each changed part once.
    pub fn flush(&self) {
        if let Some(probe) = self.flush_probe.get_value() {
            let started = crate::timer::now();
            self.flush_now();
            leptos::task::spawn_local(async move {
                leptos::task::tick().await;
                probe.run(crate::timer::now() - started);
            });
        } else {
            self.flush_now();
        }
    }

    fn flush_now(&self) {
        self.frame_requested.set_value(false);
        let events = self
            .pending
            .try_update_value(std::mem::take)
            .unwrap_or_default();
        if events.is_empty() {
            return;
        }
        let mut changes: Vec<Change> = Vec::new();
        self.thread.update_value(|thread| {
            for event in &events {
                changes.push(apply(thread, event));
            }
        });
        for change in coalesce(changes) {
            self.reflect(change);
        }
    }

    pub fn last_event_id(&self) -> Option<String> {
        self.last_event_id.get_value()
    }

    /// Records that event `seq` is applied (or need not be); false when it already was.
    pub fn mark_applied(&self, seq: u64) -> bool {
        self.applied
            .try_update_value(|applied| applied.insert(seq))
            .unwrap_or(false)
    }

    /// The largest event number applied: where a follow stream resumes.
    pub fn last_applied(&self) -> Option<u64> {
        self.applied
            .with_value(|applied| applied.iter().max().copied())
    }

    /// Takes back the thread from message `id` on, for Retry and edited questions.
    pub fn truncate_from(&self, id: &str) {
        // Events still waiting for a frame belong to what is being taken back.
        self.pending.update_value(Vec::clear);
        let changed = self
            .thread
            .try_update_value(|t| t.truncate_from(id))
            .unwrap_or(false);
        if changed {
            self.reflect(Change::Reset);
        }
    }

    /// The id of the run the thread is running, if any (also one another tab started).
    pub fn running_run_id(&self) -> Option<String> {
        self.thread.with_value(|t| match &t.run {
            RunStatus::Running { run_id, .. } => Some(run_id.clone()),
            _ => None,
        })
    }

    /// The first message after the last user message: what Retry takes back.
    pub fn last_answer_start(&self) -> Option<String> {
        self.thread.with_value(|t| {
            let last_user = t.messages.iter().rposition(|m| m.role == Role::User)?;
            t.messages.get(last_user + 1).map(|m| m.id.clone())
        })
    }

    pub fn fail(&self, code: String) {
        self.run.set(RunView::Failed { code });
    }

    fn reflect(&self, change: Change) {
        match change {
            Change::Added(i) => {
                if let Some(view) = self
                    .thread
                    .with_value(|t| t.messages.get(i).map(MessageView::new))
                {
                    self.messages.update(|list| list.push(view));
                }
            }
            Change::Updated(i) => self.thread.with_value(|t| {
                if let (Some(m), Some(view)) = (
                    t.messages.get(i),
                    self.messages.with_untracked(|l| l.get(i).cloned()),
                ) {
                    view.sync(m);
                }
            }),
            Change::Reset => {
                let views = self
                    .thread
                    .with_value(|t| t.messages.iter().map(MessageView::new).collect());
                self.messages.set(views);
            }
            Change::Run => {
                let run = self.thread.with_value(|t| match &t.run {
                    RunStatus::Idle => RunView::Idle,
                    RunStatus::Running { .. } => RunView::Running,
                    RunStatus::Finished {
                        outcome: Some(RunOutcome::Cancelled {}),
                        ..
                    } => RunView::Stopped,
                    RunStatus::Finished { .. } => RunView::Done,
                    RunStatus::Failed { code, .. } => RunView::Failed {
                        code: code.clone().unwrap_or_else(|| "run_error".to_owned()),
                    },
                });
                self.run.set(run);
            }
            Change::Error => {
                let errors = self.thread.with_value(|t| t.errors.clone());
                self.protocol_errors.set(errors);
            }
            Change::State | Change::Nothing => {}
        }
    }
}

/// The changes of a flush, each reflected once on the thread as it stands after all of them: a
/// run of tokens into one message is one update, and a reset (a snapshot, a rewind) shows the
/// whole list, so the messages added or updated around it are not added again.
fn coalesce(changes: Vec<Change>) -> Vec<Change> {
    let reset = changes.contains(&Change::Reset);
    let mut out: Vec<Change> = Vec::new();
    for change in changes {
        let covered = reset && matches!(change, Change::Added(_) | Change::Updated(_));
        if !covered && !out.contains(&change) {
            out.push(change);
        }
    }
    out
}

impl Default for ChatStore {
    fn default() -> Self {
        ChatStore::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reset_covers_what_was_added_around_it() {
        use Change::*;
        assert_eq!(
            coalesce(vec![Added(3), Reset, Added(0), Updated(0), Run, Updated(0)]),
            [Reset, Run]
        );
        assert_eq!(
            coalesce(vec![Added(1), Updated(1), Updated(1), Run, Updated(1)]),
            [Added(1), Updated(1), Run]
        );
    }
}
