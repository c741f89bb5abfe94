//! The one table from activity type to component. Adding a component adds one line here.

use std::sync::OnceLock;

use serde_json::Value;
use showroom_protocol::payload::check::check;
use showroom_protocol::payload::{self, At, Payload, PayloadError};

use crate::kit::Cx;
use showroom_ui::Element;

/// Every payload's JSON Schema, as exported from its type: `(activity type, version, JSON)`.
mod schemas {
    include!(concat!(env!("OUT_DIR"), "/schemas.rs"));
}

/// One catalogue entry: the activity type and version it renders (its payload type's), and
/// the view, which reads the content through that type after the registry has checked it
/// against the type's JSON Schema.
pub struct Component {
    pub activity_type: &'static str,
    pub version: u32,
    /// The view, given the content's `data` as its payload type.
    build: fn(&Value, &Cx) -> Element,
    /// The schema parsed, once: a component re-renders on every delta that patches it.
    parsed: OnceLock<Result<Value, String>>,
}

impl Component {
    /// The entry for payload `P`, rendered by `build` (which hands `data` to the view as
    /// `At<'_, P>`).
    pub const fn of<P: Payload>(build: fn(&Value, &Cx) -> Element) -> Component {
        Component {
            activity_type: P::ACTIVITY_TYPE,
            version: P::VERSION,
            build,
            parsed: OnceLock::new(),
        }
    }

    fn schema(&self) -> Result<&Value, PayloadError> {
        self.parsed
            .get_or_init(|| {
                let (_, _, text) = schemas::SCHEMAS
                    .iter()
                    .find(|(t, v, _)| *t == self.activity_type && *v == self.version)
                    .ok_or("no schema")?;
                serde_json::from_str(text).map_err(|e| e.to_string())
            })
            .as_ref()
            .map_err(|e| PayloadError::Shape(e.clone()))
    }
}

/// The entry for a payload type and its view: `component!(TicketCard, crate::ticket_card::view)`.
macro_rules! component {
    ($payload:ident, $view:path) => {
        Component::of::<payload::$payload>(|data, cx| $view(At::new(data), cx))
    };
}

/// Every component in the catalogue.
pub static REGISTRY: [Component; 10] = [
    component!(ProductCard, crate::products::card_view),
    component!(ProductGrid, crate::products::grid_view),
    component!(ProductComparator, crate::product_comparator::view),
    component!(QuoteCard, crate::quote_card::view),
    component!(BookingWidget, crate::booking_widget::view),
    component!(OrderStatus, crate::order_status::view),
    component!(InvoiceList, crate::invoice_list::view),
    component!(AccountSummary, crate::account_summary::view),
    component!(ApprovalCard, crate::approval_card::view),
    component!(TicketCard, crate::ticket_card::view),
];

/// Checks `content` (`{ v, status, readAt, data }`) and builds the component for it.
pub fn render(activity_type: &str, content: &Value, mut cx: Cx) -> Result<Element, PayloadError> {
    let component = REGISTRY
        .iter()
        .find(|c| c.activity_type == activity_type)
        .ok_or_else(|| PayloadError::UnknownType(activity_type.to_owned()))?;
    let v = content.get("v").and_then(Value::as_u64).unwrap_or(0);
    if v != u64::from(component.version) {
        return Err(PayloadError::UnknownVersion(v as u32));
    }
    cx.partial = content.get("status").and_then(Value::as_str) == Some("partial");
    check(component.schema()?, content, cx.partial).map_err(PayloadError::Invalid)?;
    cx.read_at = content
        .get("readAt")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned();
    cx.age_minutes = crate::format::age_minutes(&cx.read_at, cx.now_ms);
    let data = content.get("data").unwrap_or(&Value::Null);
    Ok((component.build)(data, &cx))
}

/// True for Showroom's own activity types; others belong to other agents.
pub fn is_showroom_type(activity_type: &str) -> bool {
    activity_type.starts_with("showroom.")
}
