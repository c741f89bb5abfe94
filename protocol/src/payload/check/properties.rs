//! What must hold between the payload types and the browser's check of their exported schemas,
//! written once: the fuzz target `payload_check` (`fuzz/`) calls [`hold`] on every input, and a
//! test replays the committed seeds through it.

use std::sync::OnceLock;

use serde_json::Value;

use super::check;
use crate::payload::{
    AccountSummary, ApprovalCard, BookingWidget, Envelope, InvoiceList, OrderStatus, Payload,
    ProductCard, ProductComparator, ProductGrid, QuoteCard, Status, TicketCard,
};

/// A component: its activity type, its exported schema (the file the browser checks against),
/// and its envelope parsed as the payload type and written back, as the agent would send it.
struct Component {
    activity_type: &'static str,
    /// The type's own `ACTIVITY_TYPE`: a test holds it equal to the file's name.
    #[cfg(test)]
    declared: &'static str,
    schema: &'static str,
    typed: fn(&Value) -> Option<(Value, Status)>,
}

fn typed<T: Payload>(content: &Value) -> Option<(Value, Status)> {
    let envelope = Envelope::<T>::parse(content).ok()?;
    Some((envelope.to_value(), envelope.status))
}

macro_rules! component {
    ($type:ty, $name:literal) => {
        Component {
            activity_type: concat!("showroom.", $name),
            #[cfg(test)]
            declared: <$type as Payload>::ACTIVITY_TYPE,
            schema: include_str!(concat!(
                "../../../../components/schemas/showroom.",
                $name,
                ".v1.json"
            )),
            typed: typed::<$type>,
        }
    };
}

const COMPONENTS: [Component; 10] = [
    component!(ProductCard, "product_card"),
    component!(ProductGrid, "product_grid"),
    component!(ProductComparator, "product_comparator"),
    component!(QuoteCard, "quote_card"),
    component!(BookingWidget, "booking_widget"),
    component!(OrderStatus, "order_status"),
    component!(InvoiceList, "invoice_list"),
    component!(AccountSummary, "account_summary"),
    component!(ApprovalCard, "approval_card"),
    component!(TicketCard, "ticket_card"),
];

/// Panics when `data`, JSON for an activity's `content`, breaks a property against any
/// component's schema:
/// - the check never panics, and what it accepts complete it accepts partial (a partial
///   payload is checked for what it has);
/// - content the browser's check accepts (partial when its status says so, as the registry
///   checks it) and the payload type reads (`Envelope::<T>::parse`: its shape), written back
///   from the type as the agent writes it, is accepted again: a typed value with valid data
///   never becomes a fallback card. (Not for any value the type reads: ranges, lengths and
///   formats live in the schema alone; so the agent holds what a model composes to the schema
///   too, in its `show_component`.)
pub fn hold(data: &[u8]) {
    let Ok(content) = serde_json::from_slice::<Value>(data) else {
        return;
    };
    static SCHEMAS: OnceLock<Vec<Value>> = OnceLock::new();
    let schemas = SCHEMAS.get_or_init(|| {
        COMPONENTS
            .iter()
            .map(|c| serde_json::from_str(c.schema).expect("a schema is JSON"))
            .collect()
    });
    let partial = content.get("status").and_then(Value::as_str) == Some("partial");
    for (component, schema) in COMPONENTS.iter().zip(schemas) {
        let name = component.activity_type;
        let as_complete = check(schema, &content, false);
        let as_partial = check(schema, &content, true);
        if as_complete.is_ok() {
            assert_eq!(as_partial, Ok(()), "{name}: complete but not partial");
        }
        let accepted = if partial { as_partial } else { as_complete };
        if accepted.is_err() {
            continue;
        }
        if let Some((written, status)) = (component.typed)(&content) {
            let checked = check(schema, &written, status == Status::Partial);
            assert_eq!(
                checked,
                Ok(()),
                "{name}: valid, read and written back: {written}"
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_exported_schema_is_here_with_its_type() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../components/schemas");
        let files = std::fs::read_dir(&dir)
            .expect("components/schemas exists")
            .count();
        assert_eq!(files, COMPONENTS.len(), "a schema without its type here");
        for component in &COMPONENTS {
            assert_eq!(component.declared, component.activity_type);
        }
    }

    /// Every seed of the fuzz target, so the corpus guards regressions in `cargo test`.
    #[test]
    fn the_fuzz_seeds_hold() {
        let dir =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz/seeds/payload_check");
        let mut seeds = 0;
        for entry in std::fs::read_dir(&dir).expect("fuzz/seeds/payload_check exists") {
            let path = entry.expect("a readable folder").path();
            hold(&std::fs::read(&path).expect("a readable seed"));
            seeds += 1;
        }
        assert!(seeds > 10, "only {seeds} seeds in {}", dir.display());
    }
}
