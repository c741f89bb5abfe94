//! The Showroom component catalogue: one view per `showroom.*` payload, and the registry that
//! picks the view for an activity message.
//!
//! - [`Activity`]: renders any activity message: a catalogue component, a readable fallback
//!   card for what cannot be rendered, or a compact line for other agents' activity types.
//! - [`registry`]: the one table from activity type to view.
//! - [`RenderErrors`]: what could not be rendered, for the next run's context.
//! - [`i18n::Locale`]: the viewer's language, provided once by the app.
//! - [`format`]: money, numbers and times through the browser's `Intl`.
//!
//! How to add a component is written in `components/README.md`.

mod activity;
pub mod dom;
mod fallback;
pub mod format;
pub mod i18n;
pub mod kit;
mod product_comparator;
pub mod registry;
mod render_errors;

/// Every sample in `components/samples/`: `(file name, JSON)`, for the gallery.
pub mod samples {
    include!(concat!(env!("OUT_DIR"), "/samples.rs"));
}
pub mod ui;

pub use activity::{ActionRequest, Actions, Activity, Clock};
pub use render_errors::{RenderErrors, RENDER_ERRORS};
