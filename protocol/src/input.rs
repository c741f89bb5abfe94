//! What a client sends to start a run: [`RunAgentInput`] with its [`Message`]s.

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The body of `POST /api/agent` (AG-UI 1.0 `RunAgentInput`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RunAgentInput {
    pub thread_id: String,
    pub run_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_run_id: Option<String>,
    #[serde(default)]
    pub state: Value,
    #[serde(default)]
    pub messages: Vec<Message>,
    #[serde(default)]
    pub tools: Vec<Value>,
    #[serde(default)]
    pub context: Vec<Context>,
    #[serde(default)]
    pub forwarded_props: Value,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resume: Option<Vec<Resume>>,
}

/// A piece of context the client adds to a run.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Context {
    pub description: String,
    pub value: Value,
}

/// The answer to one interrupt of the previous run.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Resume {
    pub interrupt_id: String,
    pub status: ResumeStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payload: Option<Value>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ResumeStatus {
    Resolved,
    Cancelled,
}

/// One message of a thread, tagged by `role`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(
    tag = "role",
    rename_all = "lowercase",
    rename_all_fields = "camelCase"
)]
pub enum Message {
    User {
        id: String,
        /// A string, or a list of input parts in newer clients.
        content: Value,
    },
    Assistant {
        id: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        content: Option<String>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        tool_calls: Vec<ToolCall>,
    },
    System {
        id: String,
        content: String,
    },
    Developer {
        id: String,
        content: String,
    },
    Tool {
        id: String,
        content: String,
        tool_call_id: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        error: Option<String>,
    },
    Activity {
        id: String,
        activity_type: String,
        content: Value,
    },
    Reasoning {
        id: String,
        content: String,
    },
}

impl Message {
    pub fn id(&self) -> &str {
        match self {
            Message::User { id, .. }
            | Message::Assistant { id, .. }
            | Message::System { id, .. }
            | Message::Developer { id, .. }
            | Message::Tool { id, .. }
            | Message::Activity { id, .. }
            | Message::Reasoning { id, .. } => id,
        }
    }

    /// A user message with plain text content.
    pub fn user(id: impl Into<String>, text: impl Into<String>) -> Message {
        Message::User {
            id: id.into(),
            content: Value::String(text.into()),
        }
    }

    /// The text of a user message: the string, or its `text` parts joined.
    pub fn user_text(&self) -> Option<String> {
        let Message::User { content, .. } = self else {
            return None;
        };
        match content {
            Value::String(text) => Some(text.clone()),
            Value::Array(parts) => Some(
                parts
                    .iter()
                    .filter_map(|part| part.get("text").and_then(Value::as_str))
                    .collect::<Vec<_>>()
                    .join("\n"),
            ),
            _ => None,
        }
    }
}

/// A tool call carried by an assistant message.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ToolCall {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub function: FunctionCall,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FunctionCall {
    pub name: String,
    pub arguments: String,
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn minimal_input_parses_with_defaults() {
        let input: RunAgentInput = serde_json::from_value(json!({
            "threadId": "t", "runId": "r",
            "messages": [{"role": "user", "id": "u1", "content": "hello"}]
        }))
        .unwrap();
        assert_eq!(input.messages.len(), 1);
        assert_eq!(input.messages[0].user_text().as_deref(), Some("hello"));
        assert!(input.resume.is_none());
    }

    #[test]
    fn user_text_joins_text_parts() {
        let m: Message = serde_json::from_value(json!({
            "role": "user", "id": "u",
            "content": [{"type": "text", "text": "a"}, {"type": "binary"}, {"type": "text", "text": "b"}]
        }))
        .unwrap();
        assert_eq!(m.user_text().as_deref(), Some("a\nb"));
    }

    #[test]
    fn resume_entries_parse() {
        let input: RunAgentInput = serde_json::from_value(json!({
            "threadId": "t", "runId": "r2",
            "resume": [{"interruptId": "i1", "status": "resolved", "payload": {"ok": true}}]
        }))
        .unwrap();
        assert_eq!(input.resume.unwrap()[0].status, ResumeStatus::Resolved);
    }
}
