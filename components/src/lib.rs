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

mod account_summary;
mod activity;
mod approval_card;
mod booking_widget;
mod fallback;
pub mod format;
pub mod i18n;
mod invoice_list;
pub mod kit;
mod order_status;
mod product_comparator;
mod products;
mod quote_card;
pub mod registry;
mod render_errors;
mod ticket_card;

/// Every sample in `components/samples/`: `(file name, JSON)`, for the gallery.
pub mod samples {
    include!(concat!(env!("OUT_DIR"), "/samples.rs"));
}

pub use activity::{ActionRequest, Actions, Activity, Clock};
pub use render_errors::{RenderErrors, RENDER_ERRORS};
