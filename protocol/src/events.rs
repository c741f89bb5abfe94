//! AG-UI 1.0 events as they travel: `{"type": "SCREAMING_SNAKE", ...camelCase fields}`.
//!
//! Field names follow the AG-UI 1.0 specification and the `@ag-ui/core` schemas. Unknown fields
//! are ignored; an unknown `type` (or a known one whose fields do not parse) is kept whole as
//! [`Event::Unknown`] so a newer producer never breaks an older consumer.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::input::Message;

/// One AG-UI event.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(
    tag = "type",
    rename_all = "SCREAMING_SNAKE_CASE",
    rename_all_fields = "camelCase"
)]
pub enum Event {
    RunStarted {
        thread_id: String,
        run_id: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        parent_run_id: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        protocol_version: Option<String>,
    },
    RunFinished {
        thread_id: String,
        run_id: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        outcome: Option<RunOutcome>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        result: Option<Value>,
    },
    RunError {
        message: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        code: Option<String>,
    },
    TextMessageStart {
        message_id: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        role: Option<String>,
    },
    TextMessageContent {
        message_id: String,
        delta: String,
    },
    TextMessageEnd {
        message_id: String,
    },
    ToolCallStart {
        tool_call_id: String,
        tool_call_name: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        parent_message_id: Option<String>,
    },
    ToolCallArgs {
        tool_call_id: String,
        delta: String,
    },
    ToolCallEnd {
        tool_call_id: String,
    },
    ToolCallResult {
        message_id: String,
        tool_call_id: String,
        content: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        role: Option<String>,
    },
    StateSnapshot {
        snapshot: Value,
    },
    StateDelta {
        delta: Vec<Value>,
    },
    MessagesSnapshot {
        messages: Vec<Message>,
    },
    ActivitySnapshot {
        message_id: String,
        activity_type: String,
        content: Value,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        replace: Option<bool>,
    },
    ActivityDelta {
        message_id: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        activity_type: Option<String>,
        patch: Vec<Value>,
    },
    Custom {
        name: String,
        value: Value,
    },
    /// Anything this version does not know, kept as received.
    #[serde(untagged)]
    Unknown(Value),
}

impl Event {
    /// The wire `type` of this event.
    pub fn type_name(&self) -> &str {
        match self {
            Event::RunStarted { .. } => "RUN_STARTED",
            Event::RunFinished { .. } => "RUN_FINISHED",
            Event::RunError { .. } => "RUN_ERROR",
            Event::TextMessageStart { .. } => "TEXT_MESSAGE_START",
            Event::TextMessageContent { .. } => "TEXT_MESSAGE_CONTENT",
            Event::TextMessageEnd { .. } => "TEXT_MESSAGE_END",
            Event::ToolCallStart { .. } => "TOOL_CALL_START",
            Event::ToolCallArgs { .. } => "TOOL_CALL_ARGS",
            Event::ToolCallEnd { .. } => "TOOL_CALL_END",
            Event::ToolCallResult { .. } => "TOOL_CALL_RESULT",
            Event::StateSnapshot { .. } => "STATE_SNAPSHOT",
            Event::StateDelta { .. } => "STATE_DELTA",
            Event::MessagesSnapshot { .. } => "MESSAGES_SNAPSHOT",
            Event::ActivitySnapshot { .. } => "ACTIVITY_SNAPSHOT",
            Event::ActivityDelta { .. } => "ACTIVITY_DELTA",
            Event::Custom { .. } => "CUSTOM",
            Event::Unknown(value) => value.get("type").and_then(Value::as_str).unwrap_or(""),
        }
    }

    /// Parses one event from the JSON text of an SSE `data:` field.
    pub fn from_json(text: &str) -> Result<Event, serde_json::Error> {
        serde_json::from_str(text)
    }

    /// The compact JSON text of this event (one line, ready for an SSE `data:` field).
    pub fn to_json(&self) -> String {
        // An Event holds only strings, numbers and JSON values: serialising cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// How a run ended (`RUN_FINISHED.outcome`); absent means success.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(
    tag = "type",
    rename_all = "lowercase",
    rename_all_fields = "camelCase"
)]
pub enum RunOutcome {
    Success {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pending_tool_call_ids: Option<Vec<String>>,
    },
    Interrupt {
        interrupts: Vec<Interrupt>,
    },
    Cancelled {},
}

/// A question the run stopped on, answered by the next run's `resume`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Interrupt {
    pub id: String,
    pub reason: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tool_call_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response_schema: Option<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn known_events_use_spec_names() {
        let e = Event::TextMessageContent {
            message_id: "m1".into(),
            delta: "Hi".into(),
        };
        assert_eq!(
            serde_json::to_value(&e).unwrap(),
            json!({"type": "TEXT_MESSAGE_CONTENT", "messageId": "m1", "delta": "Hi"})
        );
        let e = Event::ActivitySnapshot {
            message_id: "a".into(),
            activity_type: "showroom.x".into(),
            content: json!({"v": 1}),
            replace: None,
        };
        assert_eq!(
            serde_json::to_value(&e).unwrap(),
            json!({"type": "ACTIVITY_SNAPSHOT", "messageId": "a", "activityType": "showroom.x", "content": {"v": 1}})
        );
    }

    #[test]
    fn outcomes_round_trip() {
        let cases = [
            json!({"type": "success"}),
            json!({"type": "cancelled"}),
            json!({"type": "interrupt", "interrupts": [{"id": "i1", "reason": "approval", "toolCallId": "t"}]}),
        ];
        for case in cases {
            let outcome: RunOutcome = serde_json::from_value(case.clone()).unwrap();
            assert_eq!(serde_json::to_value(&outcome).unwrap(), case);
        }
    }

    #[test]
    fn unknown_type_is_kept_not_fatal() {
        let raw = json!({"type": "FUTURE_THING", "x": 1});
        let e: Event = serde_json::from_value(raw.clone()).unwrap();
        assert_eq!(e, Event::Unknown(raw.clone()));
        assert_eq!(e.type_name(), "FUTURE_THING");
        assert_eq!(serde_json::to_value(&e).unwrap(), raw);
    }

    #[test]
    fn unknown_fields_are_tolerated() {
        let e = Event::from_json(
            r#"{"type":"TEXT_MESSAGE_END","messageId":"m","timestamp":5,"novel":true}"#,
        )
        .unwrap();
        assert_eq!(
            e,
            Event::TextMessageEnd {
                message_id: "m".into()
            }
        );
    }
}
