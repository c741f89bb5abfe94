//! The Showroom component catalogue: one view per `showroom.*` payload, and the registry that
//! picks the view for an activity message.
//!
//! - [`Activity`]: renders any activity message: a catalogue component, a readable fallback
//!   card for what cannot be rendered, or a compact line for other agents' activity types.
//! - [`registry`]: the table from activity type to view, one entry per file of `src/views/`.
//! - [`RenderErrors`]: what could not be rendered, for the next run's context.
//! - [`i18n::Locale`]: the viewer's language, provided once by the app.
//! - [`format`]: money, numbers and times through the browser's `Intl`.
//! - [`kit`]: the parts every view is built from.
//!
//! How to add a component is written in `components/README.md`.

mod activity;
mod fallback;
pub mod format;
pub mod i18n;
pub mod kit;
pub mod registry;
mod render_errors;

/// The views, one file per component in `src/views/`, named after its activity type; `build.rs`
/// declares them (`cargo fmt` does not see modules declared this way: `cargo xtask fmt` formats
/// them too) and lists them in the registry.
mod views {
    include!(concat!(env!("OUT_DIR"), "/views.rs"));
}

/// Every sample in `components/samples/`: `(file name, JSON)`, for the gallery.
pub mod samples {
    include!(concat!(env!("OUT_DIR"), "/samples.rs"));
}

pub use activity::{ActionRequest, Actions, Activity, Clock};
pub use render_errors::{RenderErrors, RENDER_ERRORS};
