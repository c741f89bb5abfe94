//! Showroom component payloads: the `content` of `showroom.*` activity messages.
//!
//! Every payload travels in an [`Envelope`] (`{ v, status, readAt, data }`). The agent builds
//! payloads from typed values; the browser validates them again before rendering, and anything
//! that fails renders as a readable fallback card.
//!
//! Every payload type derives [`At`](derive@At): the browser reads a payload's JSON through
//! [`At<'_, T>`](struct@At), field by field, without deserialising it.

mod at;
pub mod check;
mod money;
#[cfg(feature = "schemars")]
pub mod schema;

pub use at::At;
pub use money::Money;
/// `#[derive(At)]`: typed accessors on `At<'_, Self>` (see [`At`](struct@At)).
pub use showroom_protocol_derive::At;

// Each component's payload: every other file of this folder that implements `Payload`
// (`ticket_card.rs`, …), declared and re-exported by `build.rs` (`mod ticket_card; pub use
// ticket_card::*;`), so a new component's payload is just its file. `cargo fmt` does not see
// modules declared this way: `cargo xtask fmt` formats them too.
include!(concat!(env!("OUT_DIR"), "/payloads.rs"));

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// Whether a payload is whole or still streaming in by ACTIVITY_DELTA.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Partial,
    Complete,
}

/// The normative wrapper of every component payload.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Envelope<T> {
    /// The payload version; a view renders only the versions it knows.
    pub v: u32,
    pub status: Status,
    /// When the data was read from the store (RFC 3339).
    #[cfg_attr(feature = "schemars", schemars(extend("format" = "date-time")))]
    pub read_at: String,
    pub data: T,
}

/// Why a payload could not be rendered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PayloadError {
    /// The activity type names no component in this catalogue.
    UnknownType(String),
    /// The component exists but not in this version.
    UnknownVersion(u32),
    /// The JSON did not have the payload's shape.
    Shape(String),
    /// The shape was right but a value was not allowed.
    Invalid(String),
}

impl std::fmt::Display for PayloadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PayloadError::UnknownType(t) => write!(f, "unknown component type {t}"),
            PayloadError::UnknownVersion(v) => write!(f, "unknown payload version {v}"),
            PayloadError::Shape(e) => write!(f, "malformed payload: {e}"),
            PayloadError::Invalid(e) => write!(f, "invalid payload: {e}"),
        }
    }
}

impl std::error::Error for PayloadError {}

/// A component payload: its activity type and its version.
///
/// Its checks are written once, on the type: the `schemars` attributes (`length`, `range`,
/// enums, `format`s) are exported as its JSON Schema, which the browser checks before it
/// renders and the agent checks a model's payload against (`schema::check`, feature
/// `schemars`). Nothing else is checked: what a schema cannot say has no checker.
pub trait Payload: Sized + serde::de::DeserializeOwned + Serialize {
    /// `showroom.<snake_case_name>`.
    const ACTIVITY_TYPE: &'static str;
    /// The version this build writes and reads.
    const VERSION: u32;
}

impl<T: Payload> Envelope<T> {
    /// A complete envelope read at `read_at`.
    pub fn complete(read_at: impl Into<String>, data: T) -> Envelope<T> {
        Envelope {
            v: T::VERSION,
            status: Status::Complete,
            read_at: read_at.into(),
            data,
        }
    }

    /// Reads `content` as this payload type, in this version (the shape only: the agent reads
    /// back what it wrote; what a model wrote is checked against the schema, `schema::check`).
    pub fn parse(content: &Value) -> Result<Envelope<T>, PayloadError> {
        let v = content.get("v").and_then(Value::as_u64).unwrap_or(0) as u32;
        if v != T::VERSION {
            return Err(PayloadError::UnknownVersion(v));
        }
        serde_json::from_value(content.clone()).map_err(|e| PayloadError::Shape(e.to_string()))
    }

    pub fn to_value(&self) -> Value {
        serde_json::to_value(self).unwrap_or(Value::Null)
    }
}
