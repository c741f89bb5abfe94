//! The one reducer: events → [`Thread`]. The browser renders with it, the server persists with it.
//!
//! [`apply`] is pure and returns a [`Change`] naming what moved, so a UI can update only that
//! message. Inconsistent events (content for an unknown message, a patch that does not apply)
//! are recorded in [`Thread::errors`] and leave the rest of the thread as it was.

use std::collections::HashMap;

use serde_json::Value;

use crate::events::{Event, RunOutcome};
use crate::input::{FunctionCall, Message, ToolCall};

/// Who wrote a message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    User,
    Assistant,
    System,
    Developer,
    Tool,
    Activity,
    Reasoning,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::User => "user",
            Role::Assistant => "assistant",
            Role::System => "system",
            Role::Developer => "developer",
            Role::Tool => "tool",
            Role::Activity => "activity",
            Role::Reasoning => "reasoning",
        }
    }

    fn parse(role: Option<&str>) -> Role {
        match role {
            Some("user") => Role::User,
            Some("system") => Role::System,
            Some("developer") => Role::Developer,
            Some("tool") => Role::Tool,
            Some("reasoning") => Role::Reasoning,
            _ => Role::Assistant,
        }
    }
}

/// A tool call being streamed or finished.
#[derive(Clone, Debug, PartialEq)]
pub struct ToolCallState {
    pub id: String,
    pub name: String,
    pub arguments: String,
    pub done: bool,
}

/// An activity (a `showroom.*` component or another agent's progress message).
#[derive(Clone, Debug, PartialEq)]
pub struct Activity {
    pub activity_type: String,
    pub content: Value,
}

/// One message of the thread as the UI shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct ThreadMessage {
    pub id: String,
    pub role: Role,
    pub text: String,
    /// True between TEXT_MESSAGE_START and TEXT_MESSAGE_END.
    pub streaming: bool,
    pub tool_calls: Vec<ToolCallState>,
    /// For tool results: the call this answers.
    pub tool_call_id: Option<String>,
    pub activity: Option<Activity>,
}

impl ThreadMessage {
    fn new(id: String, role: Role) -> ThreadMessage {
        ThreadMessage {
            id,
            role,
            text: String::new(),
            streaming: false,
            tool_calls: Vec::new(),
            tool_call_id: None,
            activity: None,
        }
    }
}

/// Where the thread's current run stands.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum RunStatus {
    #[default]
    Idle,
    Running {
        run_id: String,
    },
    Finished {
        run_id: String,
        outcome: Option<RunOutcome>,
    },
    Failed {
        message: String,
        code: Option<String>,
    },
}

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

/// The state of one thread, built only by [`apply`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Thread {
    pub messages: Vec<ThreadMessage>,
    pub run: RunStatus,
    pub state: Value,
    /// Protocol errors met so far, in order, as readable sentences.
    pub errors: Vec<String>,
    index: HashMap<String, usize>,
    tool_calls: HashMap<String, (usize, usize)>,
}

impl Thread {
    pub fn message(&self, id: &str) -> Option<&ThreadMessage> {
        self.index.get(id).map(|&i| &self.messages[i])
    }

    /// Appends the user's own message; it travels in the next run's input, not as an event.
    pub fn add_user_message(&mut self, id: impl Into<String>, text: impl Into<String>) -> Change {
        let mut message = ThreadMessage::new(id.into(), Role::User);
        message.text = text.into();
        Change::Added(self.push(message))
    }

    /// The thread as AG-UI messages, e.g. for a run's input or a MESSAGES_SNAPSHOT.
    pub fn to_messages(&self) -> Vec<Message> {
        self.messages.iter().map(to_message).collect()
    }

    fn push(&mut self, message: ThreadMessage) -> usize {
        let i = self.messages.len();
        self.index.insert(message.id.clone(), i);
        self.messages.push(message);
        i
    }

    fn error(&mut self, text: String) -> Change {
        self.errors.push(text);
        Change::Error
    }

    fn rebuild_index(&mut self) {
        self.index.clear();
        self.tool_calls.clear();
        for (i, m) in self.messages.iter().enumerate() {
            self.index.insert(m.id.clone(), i);
            for (j, call) in m.tool_calls.iter().enumerate() {
                self.tool_calls.insert(call.id.clone(), (i, j));
            }
        }
    }
}

/// Applies one event to the thread.
pub fn apply(thread: &mut Thread, event: &Event) -> Change {
    match event {
        Event::RunStarted { run_id, .. } => {
            thread.run = RunStatus::Running {
                run_id: run_id.clone(),
            };
            Change::Run
        }
        Event::RunFinished {
            run_id, outcome, ..
        } => {
            for m in &mut thread.messages {
                m.streaming = false;
            }
            thread.run = RunStatus::Finished {
                run_id: run_id.clone(),
                outcome: outcome.clone(),
            };
            Change::Run
        }
        Event::RunError { message, code } => {
            for m in &mut thread.messages {
                m.streaming = false;
            }
            thread.run = RunStatus::Failed {
                message: message.clone(),
                code: code.clone(),
            };
            Change::Run
        }
        Event::TextMessageStart { message_id, role } => match thread.index.get(message_id) {
            Some(&i) => {
                thread.messages[i].streaming = true;
                Change::Updated(i)
            }
            None => {
                let mut m = ThreadMessage::new(message_id.clone(), Role::parse(role.as_deref()));
                m.streaming = true;
                Change::Added(thread.push(m))
            }
        },
        Event::TextMessageContent { message_id, delta } => match thread.index.get(message_id) {
            Some(&i) => {
                thread.messages[i].text.push_str(delta);
                Change::Updated(i)
            }
            None => thread.error(format!("text for unknown message {message_id}")),
        },
        Event::TextMessageEnd { message_id } => match thread.index.get(message_id) {
            Some(&i) => {
                thread.messages[i].streaming = false;
                Change::Updated(i)
            }
            None => thread.error(format!("end of unknown message {message_id}")),
        },
        Event::ToolCallStart {
            tool_call_id,
            tool_call_name,
            parent_message_id,
        } => {
            let parent = parent_message_id
                .as_ref()
                .and_then(|id| thread.index.get(id).copied());
            let i = match parent {
                Some(i) => i,
                None => {
                    let id = parent_message_id
                        .clone()
                        .unwrap_or_else(|| tool_call_id.clone());
                    thread.push(ThreadMessage::new(id, Role::Assistant))
                }
            };
            let calls = &mut thread.messages[i].tool_calls;
            calls.push(ToolCallState {
                id: tool_call_id.clone(),
                name: tool_call_name.clone(),
                arguments: String::new(),
                done: false,
            });
            thread
                .tool_calls
                .insert(tool_call_id.clone(), (i, calls.len() - 1));
            if parent.is_some() {
                Change::Updated(i)
            } else {
                Change::Added(i)
            }
        }
        Event::ToolCallArgs {
            tool_call_id,
            delta,
        } => match thread.tool_calls.get(tool_call_id) {
            Some(&(i, j)) => {
                thread.messages[i].tool_calls[j].arguments.push_str(delta);
                Change::Updated(i)
            }
            None => thread.error(format!("arguments for unknown tool call {tool_call_id}")),
        },
        Event::ToolCallEnd { tool_call_id } => match thread.tool_calls.get(tool_call_id) {
            Some(&(i, j)) => {
                thread.messages[i].tool_calls[j].done = true;
                Change::Updated(i)
            }
            None => thread.error(format!("end of unknown tool call {tool_call_id}")),
        },
        Event::ToolCallResult {
            message_id,
            tool_call_id,
            content,
            ..
        } => {
            let mut m = ThreadMessage::new(message_id.clone(), Role::Tool);
            m.text = content.clone();
            m.tool_call_id = Some(tool_call_id.clone());
            Change::Added(thread.push(m))
        }
        Event::StateSnapshot { snapshot } => {
            thread.state = snapshot.clone();
            Change::State
        }
        Event::StateDelta { .. } => {
            thread.error("STATE_DELTA is not supported by this client yet".to_owned())
        }
        Event::MessagesSnapshot { messages } => {
            thread.messages = messages.iter().map(from_message).collect();
            thread.rebuild_index();
            Change::Reset
        }
        Event::ActivitySnapshot {
            message_id,
            activity_type,
            content,
            replace,
        } => {
            let activity = Activity {
                activity_type: activity_type.clone(),
                content: content.clone(),
            };
            match thread.index.get(message_id) {
                Some(_) if *replace == Some(false) => Change::Nothing,
                Some(&i) => {
                    thread.messages[i].activity = Some(activity);
                    Change::Updated(i)
                }
                None => {
                    let mut m = ThreadMessage::new(message_id.clone(), Role::Activity);
                    m.activity = Some(activity);
                    Change::Added(thread.push(m))
                }
            }
        }
        Event::ActivityDelta { message_id, .. } => thread.error(format!(
            "ACTIVITY_DELTA for {message_id} is not supported by this client yet"
        )),
        Event::Custom { .. } => Change::Nothing,
        Event::Unknown(_) => Change::Nothing,
    }
}

fn to_message(m: &ThreadMessage) -> Message {
    let id = m.id.clone();
    match m.role {
        Role::User => Message::user(id, m.text.clone()),
        Role::System => Message::System {
            id,
            content: m.text.clone(),
        },
        Role::Developer => Message::Developer {
            id,
            content: m.text.clone(),
        },
        Role::Reasoning => Message::Reasoning {
            id,
            content: m.text.clone(),
        },
        Role::Tool => Message::Tool {
            id,
            content: m.text.clone(),
            tool_call_id: m.tool_call_id.clone().unwrap_or_default(),
            error: None,
        },
        Role::Activity => {
            let activity = m.activity.clone().unwrap_or(Activity {
                activity_type: String::new(),
                content: Value::Null,
            });
            Message::Activity {
                id,
                activity_type: activity.activity_type,
                content: activity.content,
            }
        }
        Role::Assistant => Message::Assistant {
            id,
            content: (!m.text.is_empty()).then(|| m.text.clone()),
            tool_calls: m
                .tool_calls
                .iter()
                .map(|call| ToolCall {
                    id: call.id.clone(),
                    kind: "function".to_owned(),
                    function: FunctionCall {
                        name: call.name.clone(),
                        arguments: call.arguments.clone(),
                    },
                })
                .collect(),
        },
    }
}

fn from_message(message: &Message) -> ThreadMessage {
    let mut m = ThreadMessage::new(message.id().to_owned(), Role::Assistant);
    match message {
        Message::User { .. } => {
            m.role = Role::User;
            m.text = message.user_text().unwrap_or_default();
        }
        Message::Assistant {
            content,
            tool_calls,
            ..
        } => {
            m.text = content.clone().unwrap_or_default();
            m.tool_calls = tool_calls
                .iter()
                .map(|call| ToolCallState {
                    id: call.id.clone(),
                    name: call.function.name.clone(),
                    arguments: call.function.arguments.clone(),
                    done: true,
                })
                .collect();
        }
        Message::System { content, .. } | Message::Developer { content, .. } => {
            m.role = if matches!(message, Message::System { .. }) {
                Role::System
            } else {
                Role::Developer
            };
            m.text = content.clone();
        }
        Message::Tool {
            content,
            tool_call_id,
            ..
        } => {
            m.role = Role::Tool;
            m.text = content.clone();
            m.tool_call_id = Some(tool_call_id.clone());
        }
        Message::Activity {
            activity_type,
            content,
            ..
        } => {
            m.role = Role::Activity;
            m.activity = Some(Activity {
                activity_type: activity_type.clone(),
                content: content.clone(),
            });
        }
        Message::Reasoning { content, .. } => {
            m.role = Role::Reasoning;
            m.text = content.clone();
        }
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn events(values: serde_json::Value) -> Vec<Event> {
        serde_json::from_value(values).unwrap()
    }

    fn run(events: &[Event]) -> Thread {
        let mut thread = Thread::default();
        for e in events {
            apply(&mut thread, e);
        }
        thread
    }

    #[test]
    fn text_accumulates_and_run_finishes() {
        let thread = run(&events(json!([
            {"type": "RUN_STARTED", "threadId": "t", "runId": "r"},
            {"type": "TEXT_MESSAGE_START", "messageId": "m", "role": "assistant"},
            {"type": "TEXT_MESSAGE_CONTENT", "messageId": "m", "delta": "Hel"},
            {"type": "TEXT_MESSAGE_CONTENT", "messageId": "m", "delta": "lo"},
            {"type": "TEXT_MESSAGE_END", "messageId": "m"},
            {"type": "RUN_FINISHED", "threadId": "t", "runId": "r"}
        ])));
        assert_eq!(thread.messages.len(), 1);
        assert_eq!(thread.messages[0].text, "Hello");
        assert!(!thread.messages[0].streaming);
        assert!(matches!(thread.run, RunStatus::Finished { .. }));
        assert!(thread.errors.is_empty());
    }

    #[test]
    fn parallel_tool_calls_interleave_by_id() {
        let thread = run(&events(json!([
            {"type": "TOOL_CALL_START", "toolCallId": "a", "toolCallName": "f", "parentMessageId": "m"},
            {"type": "TOOL_CALL_START", "toolCallId": "b", "toolCallName": "g", "parentMessageId": "m"},
            {"type": "TOOL_CALL_ARGS", "toolCallId": "a", "delta": "{\"x\":"},
            {"type": "TOOL_CALL_ARGS", "toolCallId": "b", "delta": "{}"},
            {"type": "TOOL_CALL_ARGS", "toolCallId": "a", "delta": "1}"},
            {"type": "TOOL_CALL_END", "toolCallId": "a"}
        ])));
        let calls = &thread.messages[0].tool_calls;
        assert_eq!(
            (calls[0].arguments.as_str(), calls[0].done),
            ("{\"x\":1}", true)
        );
        assert_eq!((calls[1].arguments.as_str(), calls[1].done), ("{}", false));
    }

    #[test]
    fn content_for_unknown_message_is_an_error_not_a_corruption() {
        let mut thread = run(&events(json!([
            {"type": "TEXT_MESSAGE_START", "messageId": "m"},
            {"type": "TEXT_MESSAGE_CONTENT", "messageId": "m", "delta": "ok"}
        ])));
        let change = apply(
            &mut thread,
            &Event::TextMessageContent {
                message_id: "ghost".into(),
                delta: "x".into(),
            },
        );
        assert_eq!(change, Change::Error);
        assert_eq!(thread.messages[0].text, "ok");
        assert_eq!(thread.errors.len(), 1);
    }

    #[test]
    fn replaying_events_equals_applying_the_snapshot_built_from_them() {
        let mut thread = Thread::default();
        thread.add_user_message("u1", "compare");
        for e in events(json!([
            {"type": "TEXT_MESSAGE_START", "messageId": "m"},
            {"type": "TEXT_MESSAGE_CONTENT", "messageId": "m", "delta": "Here"},
            {"type": "TOOL_CALL_START", "toolCallId": "c", "toolCallName": "f", "parentMessageId": "m"},
            {"type": "TOOL_CALL_ARGS", "toolCallId": "c", "delta": "{}"},
            {"type": "TOOL_CALL_END", "toolCallId": "c"},
            {"type": "TOOL_CALL_RESULT", "messageId": "r", "toolCallId": "c", "content": "[]"},
            {"type": "ACTIVITY_SNAPSHOT", "messageId": "a", "activityType": "showroom.x", "content": {"v": 1}},
            {"type": "TEXT_MESSAGE_END", "messageId": "m"}
        ])) {
            apply(&mut thread, &e);
        }
        let mut rebuilt = Thread::default();
        apply(
            &mut rebuilt,
            &Event::MessagesSnapshot {
                messages: thread.to_messages(),
            },
        );
        assert_eq!(rebuilt.messages, thread.messages);
    }

    #[test]
    fn activity_snapshot_creates_then_replaces() {
        let mut thread = Thread::default();
        let snap = |n: i64| Event::ActivitySnapshot {
            message_id: "a".into(),
            activity_type: "showroom.x".into(),
            content: json!({"n": n}),
            replace: None,
        };
        assert_eq!(apply(&mut thread, &snap(1)), Change::Added(0));
        assert_eq!(apply(&mut thread, &snap(2)), Change::Updated(0));
        assert_eq!(
            thread.messages[0].activity.as_ref().unwrap().content,
            json!({"n": 2})
        );
    }

    #[test]
    fn messages_snapshot_replaces_and_reindexes() {
        let mut thread = Thread::default();
        apply(
            &mut thread,
            &Event::MessagesSnapshot {
                messages: vec![
                    Message::user("u1", "hi"),
                    Message::Assistant {
                        id: "a1".into(),
                        content: Some("yo".into()),
                        tool_calls: vec![],
                    },
                ],
            },
        );
        apply(
            &mut thread,
            &Event::TextMessageStart {
                message_id: "a1".into(),
                role: None,
            },
        );
        apply(
            &mut thread,
            &Event::TextMessageContent {
                message_id: "a1".into(),
                delta: "!".into(),
            },
        );
        assert_eq!(thread.message("a1").unwrap().text, "yo!");
        assert_eq!(thread.message("u1").unwrap().role, Role::User);
    }
}
