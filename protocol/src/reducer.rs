//! The one reducer: events → [`Thread`]. The browser renders with it, the server persists with it.
//!
//! [`apply`] is pure and returns a [`Change`] naming what moved, so a view can update only that
//! message. Inconsistent events (content for an unknown message, a patch that does not apply, a
//! malformed known event) are recorded in [`Thread::errors`] and leave the thread as it was.

use serde_json::Value;

use crate::events::Event;
use crate::input::content_text;
use crate::patch::patched;
pub use crate::thread::{Activity, Role, RunStatus, Thread, ThreadMessage, ToolCallState};

/// What [`apply`] changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    Nothing,
    /// A message was appended at this index.
    Added(usize),
    /// The message at this index changed.
    Updated(usize),
    /// The run status changed.
    Run,
    /// Shared state changed.
    State,
    /// The whole message list was replaced.
    Reset,
    /// The event was inconsistent; see [`Thread::errors`].
    Error,
}

/// Applies one event to the thread.
pub fn apply(thread: &mut Thread, event: &Event) -> Change {
    close_chunks_unless_continued(thread, event);
    match event {
        Event::RunStarted(e) => {
            thread.run = RunStatus::Running {
                run_id: e.run_id.clone(),
            };
            Change::Run
        }
        Event::RunFinished(e) => {
            stop_streaming(thread);
            thread.run = RunStatus::Finished {
                run_id: e.run_id.clone(),
                outcome: e.outcome.clone(),
            };
            Change::Run
        }
        Event::RunError(e) => {
            stop_streaming(thread);
            thread.run = RunStatus::Failed {
                message: e.message.clone(),
                code: e.code.clone(),
            };
            Change::Run
        }
        Event::TextMessageStart(e) => {
            open_text(thread, &e.message_id, Role::of_text(e.role.as_deref()))
        }
        Event::TextMessageContent(e) => append_text(thread, &e.message_id, &e.delta),
        Event::TextMessageEnd(e) => close_text(thread, &e.message_id),
        Event::TextMessageChunk(e) => text_chunk(
            thread,
            "TEXT_MESSAGE_CHUNK",
            e.message_id.as_deref(),
            Role::of_text(e.role.as_deref()),
            e.delta.as_deref(),
        ),
        Event::ToolCallStart(e) => open_tool_call(
            thread,
            &e.tool_call_id,
            &e.tool_call_name,
            e.parent_message_id.as_deref(),
        ),
        Event::ToolCallArgs(e) => append_args(thread, &e.tool_call_id, &e.delta),
        Event::ToolCallEnd(e) => close_tool_call(thread, &e.tool_call_id),
        Event::ToolCallChunk(e) => {
            let Some(id) = e
                .tool_call_id
                .clone()
                .or_else(|| thread.open_tool_chunk.clone())
            else {
                return error(
                    thread,
                    "TOOL_CALL_CHUNK without a toolCallId and no open chunk".into(),
                );
            };
            // Chunks are sequential: a new id ends the call the previous chunks were writing.
            if thread
                .open_tool_chunk
                .as_deref()
                .is_some_and(|open| open != id)
            {
                if let Some(open) = thread.open_tool_chunk.take() {
                    close_tool_call(thread, &open);
                }
            }
            let continues = thread.open_tool_chunk.as_deref() == Some(id.as_str());
            let opened = if continues {
                Change::Nothing
            } else if thread.tool_calls.contains_key(&id) {
                return error(thread, format!("tool call {id} already ended"));
            } else {
                let Some(name) = &e.tool_call_name else {
                    return error(
                        thread,
                        format!("the first TOOL_CALL_CHUNK of {id} has no toolCallName"),
                    );
                };
                open_tool_call(thread, &id, name, e.parent_message_id.as_deref())
            };
            thread.open_tool_chunk = Some(id.clone());
            match &e.delta {
                Some(delta) if !delta.is_empty() => append_args(thread, &id, delta).or(opened),
                _ => opened,
            }
        }
        Event::ToolCallResult(e) => {
            if thread.index.contains_key(&e.message_id) {
                return error(thread, format!("a second message with id {}", e.message_id));
            }
            let mut m = ThreadMessage::new(e.message_id.clone(), Role::Tool);
            m.text = content_text(&e.content).unwrap_or_default();
            m.tool_call_id = Some(e.tool_call_id.clone());
            Change::Added(thread.push(m))
        }
        Event::StateSnapshot(e) => {
            thread.state = e.snapshot.clone();
            Change::State
        }
        Event::StateDelta(e) => match patched(&thread.state, &e.delta) {
            Ok(state) => {
                thread.state = state;
                Change::State
            }
            Err(why) => error(thread, format!("STATE_DELTA does not apply: {why}")),
        },
        Event::MessagesSnapshot(e) => {
            thread.replace_messages(&e.messages);
            Change::Reset
        }
        Event::ActivitySnapshot(e) => {
            let activity = Activity {
                activity_type: e.activity_type.clone(),
                content: e.content.clone(),
            };
            match thread.index.get(&e.message_id).copied() {
                Some(_) if e.replace == Some(false) => Change::Nothing,
                Some(i) => {
                    thread.messages[i].activity = Some(activity);
                    Change::Updated(i)
                }
                None => {
                    let mut m = ThreadMessage::new(e.message_id.clone(), Role::Activity);
                    m.activity = Some(activity);
                    Change::Added(thread.push(m))
                }
            }
        }
        Event::ActivityDelta(e) => {
            let found = thread
                .index
                .get(&e.message_id)
                .copied()
                .filter(|&i| thread.messages[i].activity.is_some());
            let Some(i) = found else {
                return error(
                    thread,
                    format!("ACTIVITY_DELTA for unknown activity {}", e.message_id),
                );
            };
            let current = thread.messages[i]
                .activity
                .as_ref()
                .map(|a| &a.content)
                .unwrap_or(&Value::Null);
            match patched(current, &e.patch) {
                Ok(content) => {
                    if let Some(activity) = &mut thread.messages[i].activity {
                        activity.content = content;
                    }
                    Change::Updated(i)
                }
                Err(why) => error(
                    thread,
                    format!("ACTIVITY_DELTA for {} does not apply: {why}", e.message_id),
                ),
            }
        }
        Event::ReasoningMessageStart(e) => open_text(thread, &e.message_id, Role::Reasoning),
        Event::ReasoningMessageContent(e) => append_text(thread, &e.message_id, &e.delta),
        Event::ReasoningMessageEnd(e) => close_text(thread, &e.message_id),
        Event::ReasoningMessageChunk(e) => text_chunk(
            thread,
            "REASONING_MESSAGE_CHUNK",
            e.message_id.as_deref(),
            Role::Reasoning,
            e.delta.as_deref(),
        ),
        Event::Unknown(_) if event.is_malformed() => error(
            thread,
            format!("a malformed {} event was skipped", event.type_name()),
        ),
        // Steps, reasoning phases, sub-agents, raw and custom events carry nothing a thread shows.
        Event::StepStarted(_)
        | Event::StepFinished(_)
        | Event::ReasoningStart(_)
        | Event::ReasoningEnd(_)
        | Event::ReasoningEncryptedValue(_)
        | Event::SubagentStarted(_)
        | Event::SubagentFinished(_)
        | Event::SubagentError(_)
        | Event::Raw(_)
        | Event::Custom(_)
        | Event::Unknown(_) => Change::Nothing,
    }
}

impl Change {
    /// This change, or `other` when this one is [`Change::Nothing`].
    fn or(self, other: Change) -> Change {
        if self == Change::Nothing {
            other
        } else {
            self
        }
    }
}

fn error(thread: &mut Thread, text: String) -> Change {
    thread.errors.push(text);
    Change::Error
}

/// A chunk run ends at the first event that does not continue it.
fn close_chunks_unless_continued(thread: &mut Thread, event: &Event) {
    let continues_text = matches!(
        event,
        Event::TextMessageChunk(_) | Event::ReasoningMessageChunk(_)
    );
    if !continues_text {
        if let Some(id) = thread.open_text_chunk.take() {
            if let Some(&i) = thread.index.get(&id) {
                thread.messages[i].streaming = false;
            }
        }
    }
    if !matches!(event, Event::ToolCallChunk(_)) {
        if let Some(id) = thread.open_tool_chunk.take() {
            if let Some(&(i, j)) = thread.tool_calls.get(&id) {
                thread.messages[i].tool_calls[j].done = true;
            }
        }
    }
}

/// START, CONTENT and END in one (text and reasoning chunks): opens the message when new,
/// appends the delta; without an id, continues the message the previous chunks were writing.
fn text_chunk(
    thread: &mut Thread,
    kind: &str,
    id: Option<&str>,
    role: Role,
    delta: Option<&str>,
) -> Change {
    let Some(id) = id
        .map(str::to_owned)
        .or_else(|| thread.open_text_chunk.clone())
    else {
        return error(
            thread,
            format!("{kind} without a messageId and no open chunk"),
        );
    };
    close_other_text_chunk(thread, &id);
    let opened = match thread.index.get(&id) {
        Some(_) => Change::Nothing,
        None => open_text(thread, &id, role),
    };
    thread.open_text_chunk = Some(id.clone());
    match delta {
        Some(delta) if !delta.is_empty() => append_text(thread, &id, delta).or(opened),
        _ => opened,
    }
}

/// A chunk with a new id closes the message the previous chunks were writing.
fn close_other_text_chunk(thread: &mut Thread, id: &str) {
    if thread
        .open_text_chunk
        .as_deref()
        .is_some_and(|open| open != id)
    {
        if let Some(open) = thread.open_text_chunk.take() {
            if let Some(&i) = thread.index.get(&open) {
                thread.messages[i].streaming = false;
            }
        }
    }
}

fn stop_streaming(thread: &mut Thread) {
    for m in &mut thread.messages {
        m.streaming = false;
    }
}

fn open_text(thread: &mut Thread, id: &str, role: Role) -> Change {
    match thread.index.get(id).copied() {
        // A user message this thread already has, announced again: the server storing what the
        // person sent, seen by the tab that sent it. Its text is not added a second time.
        Some(i) if role == Role::User && thread.messages[i].role == Role::User => {
            thread.echoes.insert(id.to_owned());
            Change::Nothing
        }
        // A closed message may be reopened; its content continues.
        Some(i) => {
            thread.messages[i].streaming = true;
            Change::Updated(i)
        }
        None => {
            let mut m = ThreadMessage::new(id.to_owned(), role);
            m.streaming = true;
            Change::Added(thread.push(m))
        }
    }
}

fn append_text(thread: &mut Thread, id: &str, delta: &str) -> Change {
    if thread.echoes.contains(id) {
        return Change::Nothing;
    }
    match thread.index.get(id).copied() {
        Some(i) => {
            thread.messages[i].text.push_str(delta);
            Change::Updated(i)
        }
        None => error(thread, format!("text for unknown message {id}")),
    }
}

fn close_text(thread: &mut Thread, id: &str) -> Change {
    if thread.echoes.remove(id) {
        return Change::Nothing;
    }
    match thread.index.get(id).copied() {
        Some(i) => {
            thread.messages[i].streaming = false;
            Change::Updated(i)
        }
        None => error(thread, format!("end of unknown message {id}")),
    }
}

fn open_tool_call(thread: &mut Thread, id: &str, name: &str, parent: Option<&str>) -> Change {
    if thread.tool_calls.contains_key(id) {
        return error(thread, format!("tool call {id} started twice"));
    }
    let parent_index = parent.and_then(|p| thread.index.get(p).copied());
    let (i, change) = match parent_index {
        Some(i) => (i, Change::Updated(i)),
        None => {
            let message_id = parent.unwrap_or(id).to_owned();
            let i = thread.push(ThreadMessage::new(message_id, Role::Assistant));
            (i, Change::Added(i))
        }
    };
    let calls = &mut thread.messages[i].tool_calls;
    calls.push(ToolCallState {
        id: id.to_owned(),
        name: name.to_owned(),
        arguments: String::new(),
        done: false,
    });
    thread
        .tool_calls
        .insert(id.to_owned(), (i, calls.len() - 1));
    change
}

fn append_args(thread: &mut Thread, id: &str, delta: &str) -> Change {
    match thread.tool_calls.get(id).copied() {
        Some((i, j)) => {
            thread.messages[i].tool_calls[j].arguments.push_str(delta);
            Change::Updated(i)
        }
        None => error(thread, format!("arguments for unknown tool call {id}")),
    }
}

fn close_tool_call(thread: &mut Thread, id: &str) -> Change {
    match thread.tool_calls.get(id).copied() {
        Some((i, j)) => {
            thread.messages[i].tool_calls[j].done = true;
            Change::Updated(i)
        }
        None => error(thread, format!("end of unknown tool call {id}")),
    }
}

#[cfg(test)]
mod tests;
