//! The table from activity type to component: [`REGISTRY`], one entry per file of `src/views/`
//! (listed by `build.rs`), so adding a component adds no line here.

use std::sync::OnceLock;

use serde_json::Value;
use showroom_protocol::payload::check::check;
use showroom_protocol::payload::{Payload, PayloadError};
use showroom_ui::Element;

use crate::kit::Cx;

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

/// Every component in the catalogue, one per file of `src/views/`.
pub use crate::views::REGISTRY;

/// The entry for the view in `src/views/<name>.rs`: `component!(TicketCard, ticket_card)`
/// (what `build.rs` writes for each file). Compiling checks the pairing: the view must take
/// `At<'_, TicketCard>`, and `TicketCard::ACTIVITY_TYPE` must be `showroom.ticket_card`.
macro_rules! component {
    ($payload:ident, $name:ident) => {{
        const _: () = assert!(
            $crate::registry::names(
                <::showroom_protocol::payload::$payload as ::showroom_protocol::payload::Payload>::ACTIVITY_TYPE,
                stringify!($name),
            ),
            concat!(
                stringify!($payload),
                "::ACTIVITY_TYPE is not showroom.",
                stringify!($name)
            )
        );
        $crate::registry::Component::of::<::showroom_protocol::payload::$payload>(|data, cx| {
            $name::view(::showroom_protocol::payload::At::new(data), cx)
        })
    }};
}
pub(crate) use component;

/// Whether `activity_type` is `showroom.<name>` (at compile time).
pub const fn names(activity_type: &str, name: &str) -> bool {
    let (t, n) = (activity_type.as_bytes(), name.as_bytes());
    const PREFIX: &[u8] = b"showroom.";
    if t.len() != PREFIX.len() + n.len() {
        return false;
    }
    let mut i = 0;
    while i < t.len() {
        let expected = if i < PREFIX.len() {
            PREFIX[i]
        } else {
            n[i - PREFIX.len()]
        };
        if t[i] != expected {
            return false;
        }
        i += 1;
    }
    true
}

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
