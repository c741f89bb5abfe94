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
    pub protocol_version: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_run_id: Option<String>,
    #[serde(default)]
    pub state: Value,
    #[serde(default)]
    pub messages: Vec<Message>,
    #[serde(default)]
    pub tools: Vec<Tool>,
    #[serde(default)]
    pub context: Vec<Context>,
    #[serde(default)]
    pub forwarded_props: Value,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resume: Option<Vec<Resume>>,
}

/// A piece of context the client adds to a run; `value` is text (JSON text for structures).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Context {
    pub description: String,
    pub value: String,
}

/// A tool the client offers the agent (frontend tools).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Tool {
    pub name: String,
    pub description: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parameters: Option<Value>,
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
#[derive(Clone, Debug, PartialEq, Serialize)]
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
        /// A string, or a list of content parts.
        content: Value,
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
        content_text(content)
    }
}

impl<'de> Deserialize<'de> for Message {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Message, D::Error> {
        let value = Value::deserialize(deserializer)?;
        Message::from_value(&value).map_err(serde::de::Error::custom)
    }
}

impl Message {
    /// Reads a message from parsed JSON by its `role`. Hand-written for the same reason as
    /// `Event::from_value`: the derived internally tagged form weighed 21 KB of wasm.
    pub fn from_value(value: &Value) -> Result<Message, String> {
        let text = |key: &str| -> Result<String, String> {
            value
                .get(key)
                .and_then(Value::as_str)
                .map(str::to_owned)
                .ok_or_else(|| format!("message without `{key}`"))
        };
        let optional = |key: &str| value.get(key).and_then(Value::as_str).map(str::to_owned);
        let any = |key: &str| {
            value
                .get(key)
                .cloned()
                .ok_or_else(|| format!("message without `{key}`"))
        };
        let id = text("id")?;
        let role = text("role")?;
        Ok(match role.as_str() {
            "user" => Message::User {
                id,
                content: any("content")?,
            },
            "assistant" => Message::Assistant {
                id,
                content: optional("content"),
                tool_calls: match value.get("toolCalls") {
                    Some(calls) => {
                        Vec::<ToolCall>::deserialize(calls).map_err(|e| e.to_string())?
                    }
                    None => Vec::new(),
                },
            },
            "system" => Message::System {
                id,
                content: text("content")?,
            },
            "developer" => Message::Developer {
                id,
                content: text("content")?,
            },
            "reasoning" => Message::Reasoning {
                id,
                content: text("content")?,
            },
            "tool" => Message::Tool {
                id,
                content: any("content")?,
                tool_call_id: text("toolCallId")?,
                error: optional("error"),
            },
            "activity" => Message::Activity {
                id,
                activity_type: text("activityType")?,
                content: any("content")?,
            },
            other => return Err(format!("unknown message role `{other}`")),
        })
    }
}

/// The text of message content: a string, or the `text` parts of a list joined by lines.
pub fn content_text(content: &Value) -> Option<String> {
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
    fn every_role_round_trips() {
        let cases = [
            json!({"role": "user", "id": "1", "content": "hi"}),
            json!({"role": "assistant", "id": "2", "content": "yo", "toolCalls": [
                {"id": "c", "type": "function", "function": {"name": "f", "arguments": "{}"}}]}),
            json!({"role": "assistant", "id": "2b"}),
            json!({"role": "system", "id": "3", "content": "s"}),
            json!({"role": "developer", "id": "4", "content": "d"}),
            json!({"role": "tool", "id": "5", "content": [{"type": "text", "text": "r"}], "toolCallId": "c", "error": "e"}),
            json!({"role": "activity", "id": "6", "activityType": "x", "content": {"a": 1}}),
            json!({"role": "reasoning", "id": "7", "content": "r"}),
        ];
        for case in cases {
            let message: Message = serde_json::from_value(case.clone()).unwrap();
            assert_eq!(serde_json::to_value(&message).unwrap(), case);
        }
    }

    #[test]
    fn bad_messages_are_clear_errors() {
        for (bad, why) in [
            (json!({"role": "user", "content": "x"}), "`id`"),
            (json!({"role": "wizard", "id": "1"}), "wizard"),
            (
                json!({"role": "tool", "id": "1", "content": "x"}),
                "`toolCallId`",
            ),
        ] {
            let error = serde_json::from_value::<Message>(bad)
                .unwrap_err()
                .to_string();
            assert!(error.contains(why), "{error}");
        }
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
