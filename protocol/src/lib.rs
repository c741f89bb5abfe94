//! The shared language of Showroom: AG-UI 1.0 on the wire and Showroom's component payloads.
//!
//! - [`Event`]: every event a run streams, tagged by `type` (unknown types are kept as
//!   [`Event::Unknown`], never fatal).
//! - [`RunAgentInput`] and [`Message`]: what a client sends to start a run.
//! - [`SseDecoder`]: bytes in any chunking → frames; [`sse::encode`] the other way.
//! - [`Thread`] and [`apply`]: the one reducer that turns events into thread state, used by the
//!   browser to render and by the server to persist.
//! - [`Locale`]: the languages Showroom speaks (from `showroom-i18n`, re-exported).
//! - [`patch`]: JSON Patch (RFC 6902), for STATE_DELTA and ACTIVITY_DELTA.
//! - [`Action`]: the live actions components' controls ask for, by name on the wire.
//! - [`payload`]: the versioned `showroom.*` component payloads and [`payload::Money`].
//!
//! This crate does no I/O and has no browser or server dependencies.

pub mod action;
pub mod events;
pub mod input;
pub mod patch;
pub mod payload;
pub mod reducer;
pub mod sse;
mod thread;

pub use action::Action;
pub use events::{Event, Interrupt, RunOutcome, KNOWN_TYPES};
pub use input::{Message, RunAgentInput};
pub use reducer::{apply, Change, Thread, ThreadMessage};
pub use showroom_i18n::Locale;
pub use sse::{SseDecoder, SseError, SseFrame};
