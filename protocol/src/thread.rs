//! The state of one thread, as [`crate::apply`] builds it, and its conversion to and from
//! AG-UI messages.

use std::collections::HashMap;

use serde_json::Value;

use crate::events::RunOutcome;
use crate::input::{content_text, FunctionCall, Message, ToolCall};

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

    /// A text message's role; absent or unknown means assistant.
    pub fn of_text(role: Option<&str>) -> Role {
        match role {
            Some("user") => Role::User,
            Some("system") => Role::System,
            Some("developer") => Role::Developer,
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

/// An activity: a `showroom.*` component or another agent's progress message.
#[derive(Clone, Debug, PartialEq)]
pub struct Activity {
    pub activity_type: String,
    pub content: Value,
}

/// One message of the thread as a view shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct ThreadMessage {
    pub id: String,
    pub role: Role,
    pub text: String,
    /// True while the message's text is still arriving.
    pub streaming: bool,
    pub tool_calls: Vec<ToolCallState>,
    /// For tool results: the call this answers.
    pub tool_call_id: Option<String>,
    pub activity: Option<Activity>,
}

impl ThreadMessage {
    pub fn new(id: String, role: Role) -> ThreadMessage {
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

/// Where the thread's latest run stands.
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

/// The state of one thread, built only by [`crate::apply`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Thread {
    pub messages: Vec<ThreadMessage>,
    pub run: RunStatus,
    /// The shared state (STATE_SNAPSHOT, patched by STATE_DELTA).
    pub state: Value,
    /// Protocol errors met so far, in order, as readable sentences.
    pub errors: Vec<String>,
    pub(crate) index: HashMap<String, usize>,
    pub(crate) tool_calls: HashMap<String, (usize, usize)>,
    /// The message a TEXT_MESSAGE_CHUNK without an id continues.
    pub(crate) open_text_chunk: Option<String>,
    /// The tool call a TOOL_CALL_CHUNK without an id continues.
    pub(crate) open_tool_chunk: Option<String>,
    /// User messages being announced again, whose text the thread already has.
    pub(crate) echoes: std::collections::HashSet<String>,
}

impl Thread {
    pub fn message(&self, id: &str) -> Option<&ThreadMessage> {
        self.index.get(id).map(|&i| &self.messages[i])
    }

    /// Appends the user's own message; it travels in the next run's input, not as an event.
    pub fn add_user_message(
        &mut self,
        id: impl Into<String>,
        text: impl Into<String>,
    ) -> crate::Change {
        let mut message = ThreadMessage::new(id.into(), Role::User);
        message.text = text.into();
        crate::Change::Added(self.push(message))
    }

    /// The thread as AG-UI messages, e.g. for a run's input or a MESSAGES_SNAPSHOT.
    pub fn to_messages(&self) -> Vec<Message> {
        self.messages.iter().map(to_message).collect()
    }

    /// Takes back the thread from `id` on (Retry, an edited question); false when it has no
    /// such message.
    pub fn truncate_from(&mut self, id: &str) -> bool {
        let Some(&keep) = self.index.get(id) else {
            return false;
        };
        let kept = self.to_messages()[..keep].to_vec();
        self.replace_messages(&kept);
        true
    }

    pub(crate) fn push(&mut self, message: ThreadMessage) -> usize {
        let i = self.messages.len();
        self.index.insert(message.id.clone(), i);
        self.messages.push(message);
        i
    }

    pub(crate) fn replace_messages(&mut self, messages: &[Message]) {
        self.messages = messages.iter().map(from_message).collect();
        self.index.clear();
        self.tool_calls.clear();
        self.echoes.clear();
        for (i, m) in self.messages.iter().enumerate() {
            self.index.insert(m.id.clone(), i);
            for (j, call) in m.tool_calls.iter().enumerate() {
                self.tool_calls.insert(call.id.clone(), (i, j));
            }
        }
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
            content: Value::String(m.text.clone()),
            tool_call_id: m.tool_call_id.clone().unwrap_or_default(),
            error: None,
        },
        Role::Activity => {
            let (activity_type, content) = m
                .activity
                .as_ref()
                .map(|a| (a.activity_type.clone(), a.content.clone()))
                .unwrap_or_default();
            Message::Activity {
                id,
                activity_type,
                content,
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
    let (role, text) = match message {
        Message::User { content, .. } => (Role::User, content_text(content).unwrap_or_default()),
        Message::Assistant { content, .. } => {
            (Role::Assistant, content.clone().unwrap_or_default())
        }
        Message::System { content, .. } => (Role::System, content.clone()),
        Message::Developer { content, .. } => (Role::Developer, content.clone()),
        Message::Tool { content, .. } => (Role::Tool, content_text(content).unwrap_or_default()),
        Message::Activity { .. } => (Role::Activity, String::new()),
        Message::Reasoning { content, .. } => (Role::Reasoning, content.clone()),
    };
    let mut m = ThreadMessage::new(message.id().to_owned(), role);
    m.text = text;
    match message {
        Message::Assistant { tool_calls, .. } => {
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
        Message::Tool { tool_call_id, .. } => m.tool_call_id = Some(tool_call_id.clone()),
        Message::Activity {
            activity_type,
            content,
            ..
        } => {
            m.activity = Some(Activity {
                activity_type: activity_type.clone(),
                content: content.clone(),
            });
        }
        _ => {}
    }
    m
}
