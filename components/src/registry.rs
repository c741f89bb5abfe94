//! The one table from activity type to view. Adding a component adds one line here.

use leptos::prelude::*;
use serde_json::Value;
use showroom_protocol::payload::{Envelope, Payload, PayloadError, ProductComparator};

use crate::product_comparator::ProductComparatorView;

/// Validates `content` as a `T` envelope and renders it with `view`.
fn render<T: Payload>(
    content: &Value,
    view: fn(Envelope<T>) -> AnyView,
) -> Result<AnyView, PayloadError> {
    Envelope::<T>::parse(content).map(view)
}

type Renderer = fn(&Value) -> Result<AnyView, PayloadError>;

/// `(activity type, renderer)` for every component in the catalogue.
pub const REGISTRY: &[(&str, Renderer)] = &[(ProductComparator::ACTIVITY_TYPE, |content| {
    render::<ProductComparator>(content, |envelope| {
        view! { <ProductComparatorView envelope /> }.into_any()
    })
})];

/// Renders a `showroom.*` activity, or says why it cannot.
pub fn render_activity(activity_type: &str, content: &Value) -> Result<AnyView, PayloadError> {
    REGISTRY
        .iter()
        .find(|(name, _)| *name == activity_type)
        .ok_or_else(|| PayloadError::UnknownType(activity_type.to_owned()))
        .and_then(|(_, renderer)| renderer(content))
}

/// True for Showroom's own activity types; others belong to other agents.
pub fn is_showroom_type(activity_type: &str) -> bool {
    activity_type.starts_with("showroom.")
}
