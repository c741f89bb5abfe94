//! The one table from activity type to component. Adding a component adds one line here.

use std::sync::OnceLock;

use serde_json::Value;
use showroom_protocol::payload::check::check;
use showroom_protocol::payload::PayloadError;

use crate::kit::Cx;
use crate::ui::Element;

/// One catalogue entry: the activity type and version it renders, the JSON Schema its content
/// must meet (exported from the payload type in `protocol/`), and the function that builds it.
pub struct Component {
    pub activity_type: &'static str,
    pub version: u64,
    pub schema: &'static str,
    pub view: fn(&Value, &Cx) -> Element,
    /// `schema` parsed, once: a component re-renders on every delta that patches it.
    parsed: OnceLock<Result<Value, String>>,
}

impl Component {
    fn schema(&self) -> Result<&Value, PayloadError> {
        self.parsed
            .get_or_init(|| serde_json::from_str(self.schema).map_err(|e| e.to_string()))
            .as_ref()
            .map_err(|e| PayloadError::Shape(e.clone()))
    }
}

macro_rules! component {
    ($name:literal, $v:literal, $view:path) => {
        Component {
            activity_type: concat!("showroom.", $name),
            version: $v,
            schema: include_str!(concat!(
                env!("OUT_DIR"),
                "/showroom.",
                $name,
                ".v",
                $v,
                ".json"
            )),
            view: $view,
            parsed: OnceLock::new(),
        }
    };
}

/// Every component in the catalogue.
pub static REGISTRY: [Component; 10] = [
    component!("product_card", 1, crate::products::card_view),
    component!("product_grid", 1, crate::products::grid_view),
    component!("product_comparator", 1, crate::product_comparator::view),
    component!("quote_card", 1, crate::quote_card::view),
    component!("booking_widget", 1, crate::booking_widget::view),
    component!("order_status", 1, crate::order_status::view),
    component!("invoice_list", 1, crate::invoice_list::view),
    component!("account_summary", 1, crate::account_summary::view),
    component!("approval_card", 1, crate::approval_card::view),
    component!("ticket_card", 1, crate::ticket_card::view),
];

/// Checks `content` (`{ v, status, readAt, data }`) and builds the component for it.
pub fn render(activity_type: &str, content: &Value, mut cx: Cx) -> Result<Element, PayloadError> {
    let component = REGISTRY
        .iter()
        .find(|c| c.activity_type == activity_type)
        .ok_or_else(|| PayloadError::UnknownType(activity_type.to_owned()))?;
    let v = content.get("v").and_then(Value::as_u64).unwrap_or(0);
    if v != component.version {
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
    Ok((component.view)(data, &cx))
}

/// True for Showroom's own activity types; others belong to other agents.
pub fn is_showroom_type(activity_type: &str) -> bool {
    activity_type.starts_with("showroom.")
}
