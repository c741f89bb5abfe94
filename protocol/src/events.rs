//! AG-UI 1.0 events as they travel: `{"type": "SCREAMING_SNAKE", ...camelCase fields}`.
//!
//! One struct per event with the fields of the AG-UI 1.0 schema (`@ag-ui/core` 1.0). Every
//! struct keeps what it does not name (`timestamp`, `rawEvent`, `metadata`, `subagentRunId`,
//! and anything a newer producer adds) in `extra`, so an event re-serialises as it came. An
//! unknown `type`, or a known one whose fields do not parse, is kept whole as
//! [`Event::Unknown`]: never fatal.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::input::{Message, RunAgentInput};

/// The fields of an event that its struct does not name, kept as received.
pub type Extra = Map<String, Value>;

/// Reads one field out of an event's JSON object. Required fields are the plain types; an
/// `Option` is `None` when the field is absent or null. A field of the wrong type fails the event.
trait Field: Sized {
    fn from_json(value: Value) -> Option<Self>;

    fn take(fields: &mut Extra, key: &str) -> Option<Self> {
        Self::from_json(fields.remove(key)?)
    }
}

impl Field for String {
    fn from_json(value: Value) -> Option<String> {
        match value {
            Value::String(text) => Some(text),
            _ => None,
        }
    }
}

impl Field for bool {
    fn from_json(value: Value) -> Option<bool> {
        value.as_bool()
    }
}

impl Field for Value {
    fn from_json(value: Value) -> Option<Value> {
        Some(value)
    }
}

impl Field for Vec<Value> {
    fn from_json(value: Value) -> Option<Vec<Value>> {
        match value {
            Value::Array(items) => Some(items),
            _ => None,
        }
    }
}

impl Field for Vec<Message> {
    fn from_json(value: Value) -> Option<Vec<Message>> {
        let Value::Array(items) = value else {
            return None;
        };
        items
            .iter()
            .map(|item| Message::from_value(item).ok())
            .collect()
    }
}

impl<T: Field> Field for Option<T> {
    fn from_json(value: Value) -> Option<Option<T>> {
        match value {
            Value::Null => Some(None),
            value => T::from_json(value).map(Some),
        }
    }

    fn take(fields: &mut Extra, key: &str) -> Option<Option<T>> {
        match fields.remove(key) {
            None => Some(None),
            Some(value) => Self::from_json(value),
        }
    }
}

/// Nested structures are read by serde: there are few, and each is small.
macro_rules! field_by_serde {
    ($($ty:ty),*) => {$(
        impl Field for $ty {
            fn from_json(value: Value) -> Option<$ty> {
                serde_json::from_value(value).ok()
            }
        }
    )*};
}

field_by_serde!(Box<RunAgentInput>, Vec<TokenUsage>);

/// By hand, like `Event`: serde's internally tagged enums are heavy in wasm (GOTCHAS).
impl Field for RunOutcome {
    fn from_json(value: Value) -> Option<RunOutcome> {
        let Value::Object(mut fields) = value else {
            return None;
        };
        match <String as Field>::take(&mut fields, "type")?.as_str() {
            "success" => {
                let ids = <Option<Vec<Value>> as Field>::take(&mut fields, "pendingToolCallIds")?;
                let ids = match ids {
                    Some(ids) => Some(
                        ids.into_iter()
                            .map(String::from_json)
                            .collect::<Option<_>>()?,
                    ),
                    None => None,
                };
                Some(RunOutcome::Success {
                    pending_tool_call_ids: ids,
                })
            }
            "interrupt" => Some(RunOutcome::Interrupt {
                interrupts: <Vec<Value> as Field>::take(&mut fields, "interrupts")?
                    .into_iter()
                    .map(|i| serde_json::from_value(i).ok())
                    .collect::<Option<_>>()?,
            }),
            "cancelled" => Some(RunOutcome::Cancelled {}),
            _ => None,
        }
    }
}

macro_rules! events {
    ($(
        $(#[$doc:meta])*
        $name:ident = $wire:literal { $( $(#[$attr:meta])* $field:ident $key:literal : $ty:ty ),* $(,)? }
    )*) => {
        $(
            $(#[$doc])*
            #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
            #[serde(rename_all = "camelCase")]
            pub struct $name {
                $( $(#[$attr])* pub $field: $ty, )*
                /// Fields this struct does not name, kept as received.
                #[serde(flatten)]
                pub extra: Extra,
            }

            impl From<$name> for Event {
                fn from(event: $name) -> Event {
                    Event::$name(event)
                }
            }

            impl $name {
                /// Takes this event's fields out of `fields`; what is left is `extra`.
                fn read(mut fields: Extra) -> Option<$name> {
                    Some($name { $( $field: Field::take(&mut fields, $key)?, )* extra: fields })
                }
            }
        )*

        /// One AG-UI event.
        #[derive(Clone, Debug, PartialEq, Serialize)]
        #[serde(tag = "type")]
        pub enum Event {
            $( #[serde(rename = $wire)] $name($name), )*
            /// Anything this version does not know (or cannot read), kept as received.
            #[serde(untagged)]
            Unknown(Value),
        }

        /// Every event type this crate knows, as on the wire.
        pub const KNOWN_TYPES: &[&str] = &[$($wire),*];

        impl Event {
            /// Reads an event from parsed JSON: the struct its `type` names, or, for an unknown
            /// type or fields that do not fit, [`Event::Unknown`] holding the value unchanged.
            ///
            /// Hand-written rather than derived: serde's internally tagged enums buffer every
            /// event and inline all variants into one function (64 KB of wasm), and even derived
            /// per-struct deserialisers inlined here weighed 56 KB. Each struct's `read` is a row
            /// of calls to the small shared [`Field`] readers instead.
            pub fn from_value(value: Value) -> Event {
                let Value::Object(mut fields) = value else {
                    return Event::Unknown(value);
                };
                let kind = match fields.remove("type") {
                    Some(Value::String(kind)) => kind,
                    other => {
                        if let Some(other) = other {
                            fields.insert("type".to_owned(), other);
                        }
                        return Event::Unknown(Value::Object(fields));
                    }
                };
                // Only the struct's own reader runs; `fields` is kept for Unknown if it fails.
                let parsed = match kind.as_str() {
                    $( $wire => $name::read(fields.clone()).map(Event::$name), )*
                    _ => None,
                };
                parsed.unwrap_or_else(|| {
                    fields.insert("type".to_owned(), Value::String(kind));
                    Event::Unknown(Value::Object(fields))
                })
            }

            /// The wire `type` of this event.
            pub fn type_name(&self) -> &str {
                match self {
                    $( Event::$name(_) => $wire, )*
                    Event::Unknown(value) => value.get("type").and_then(Value::as_str).unwrap_or(""),
                }
            }
        }
    };
}

events! {
    /// Opens a run.
    RunStarted = "RUN_STARTED" {
        thread_id "threadId": String,
        run_id "runId": String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        parent_run_id "parentRunId": Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        protocol_version "protocolVersion": Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        input "input": Option<Box<RunAgentInput>>,
    }
    /// Closes a run that did not fail; an absent outcome means success.
    RunFinished = "RUN_FINISHED" {
        thread_id "threadId": String,
        run_id "runId": String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        outcome "outcome": Option<RunOutcome>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        result "result": Option<Value>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        usage "usage": Option<Vec<TokenUsage>>,
    }
    /// A run failed (possibly before it started).
    RunError = "RUN_ERROR" {
        message "message": String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        code "code": Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        usage "usage": Option<Vec<TokenUsage>>,
    }
    StepStarted = "STEP_STARTED" { step_name "stepName": String }
    StepFinished = "STEP_FINISHED" { step_name "stepName": String }
    TextMessageStart = "TEXT_MESSAGE_START" {
        message_id "messageId": String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        role "role": Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        name "name": Option<String>,
    }
    TextMessageContent = "TEXT_MESSAGE_CONTENT" { message_id "messageId": String, delta "delta": String }
    TextMessageEnd = "TEXT_MESSAGE_END" { message_id "messageId": String }
    /// START, CONTENT and END in one: opens the message if needed and appends `delta`.
    TextMessageChunk = "TEXT_MESSAGE_CHUNK" {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        message_id "messageId": Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        role "role": Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        delta "delta": Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        name "name": Option<String>,
    }
    ToolCallStart = "TOOL_CALL_START" {
        tool_call_id "toolCallId": String,
        tool_call_name "toolCallName": String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        parent_message_id "parentMessageId": Option<String>,
    }
    ToolCallArgs = "TOOL_CALL_ARGS" { tool_call_id "toolCallId": String, delta "delta": String }
    ToolCallEnd = "TOOL_CALL_END" { tool_call_id "toolCallId": String }
    /// START, ARGS and END in one.
    ToolCallChunk = "TOOL_CALL_CHUNK" {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        tool_call_id "toolCallId": Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        tool_call_name "toolCallName": Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        parent_message_id "parentMessageId": Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        delta "delta": Option<String>,
    }
    /// A tool's result; `content` is a string or a list of content parts.
    ToolCallResult = "TOOL_CALL_RESULT" {
        message_id "messageId": String,
        tool_call_id "toolCallId": String,
        content "content": Value,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        role "role": Option<String>,
    }
    StateSnapshot = "STATE_SNAPSHOT" { snapshot "snapshot": Value }
    /// An RFC 6902 patch of the shared state.
    StateDelta = "STATE_DELTA" { delta "delta": Vec<Value> }
    MessagesSnapshot = "MESSAGES_SNAPSHOT" { messages "messages": Vec<Message> }
    /// Creates or replaces an activity message (Showroom's components travel as these).
    ActivitySnapshot = "ACTIVITY_SNAPSHOT" {
        message_id "messageId": String,
        activity_type "activityType": String,
        content "content": Value,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        replace "replace": Option<bool>,
    }
    /// An RFC 6902 patch of one activity message's content.
    ActivityDelta = "ACTIVITY_DELTA" { message_id "messageId": String, activity_type "activityType": String, patch "patch": Vec<Value> }
    ReasoningStart = "REASONING_START" { message_id "messageId": String }
    ReasoningMessageStart = "REASONING_MESSAGE_START" { message_id "messageId": String, role "role": String }
    ReasoningMessageContent = "REASONING_MESSAGE_CONTENT" { message_id "messageId": String, delta "delta": String }
    ReasoningMessageEnd = "REASONING_MESSAGE_END" { message_id "messageId": String }
    ReasoningMessageChunk = "REASONING_MESSAGE_CHUNK" {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        message_id "messageId": Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        delta "delta": Option<String>,
    }
    ReasoningEnd = "REASONING_END" { message_id "messageId": String }
    ReasoningEncryptedValue = "REASONING_ENCRYPTED_VALUE" {
        subtype "subtype": String,
        entity_id "entityId": String,
        encrypted_value "encryptedValue": String,
    }
    SubagentStarted = "SUBAGENT_STARTED" {
        subagent_run_id "subagentRunId": String,
        name "name": String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        description "description": Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        parent_subagent_run_id "parentSubagentRunId": Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        parent_tool_call_id "parentToolCallId": Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        parent_message_id "parentMessageId": Option<String>,
    }
    SubagentFinished = "SUBAGENT_FINISHED" {
        subagent_run_id "subagentRunId": String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        result "result": Option<Value>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        outcome "outcome": Option<Value>,
    }
    SubagentError = "SUBAGENT_ERROR" {
        subagent_run_id "subagentRunId": String,
        message "message": String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        code "code": Option<String>,
    }
    /// An event from another system, passed through.
    Raw = "RAW" {
        event "event": Value,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        source "source": Option<String>,
    }
    Custom = "CUSTOM" { name "name": String, value "value": Value }
}

impl<'de> Deserialize<'de> for Event {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Event, D::Error> {
        Value::deserialize(deserializer).map(Event::from_value)
    }
}

impl Event {
    /// Parses one event from the JSON text of an SSE `data:` field. Only text that is not JSON
    /// at all is an error; JSON that is no event we know becomes [`Event::Unknown`].
    pub fn from_json(text: &str) -> Result<Event, serde_json::Error> {
        serde_json::from_str::<Value>(text).map(Event::from_value)
    }

    /// The compact JSON text of this event (one line, ready for an SSE `data:` field).
    pub fn to_json(&self) -> String {
        // An Event holds only strings, numbers and JSON values: serialising cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }

    /// True for an [`Event::Unknown`] whose `type` this crate does know: a malformed event.
    pub fn is_malformed(&self) -> bool {
        matches!(self, Event::Unknown(_)) && KNOWN_TYPES.contains(&self.type_name())
    }
}

/// How a run ended (`RUN_FINISHED.outcome`).
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
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
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

/// Tokens a model spent on a run, per provider and model.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TokenUsage {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub input_tokens: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub output_tokens: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_tokens: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reasoning_tokens: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cached_input_tokens: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cache_write_input_tokens: Option<u64>,
}

#[cfg(test)]
mod tests;
