//! JSON Schemas of the component payloads (feature `schemars`), so a model can be given a
//! `render` tool whose arguments are checked before anything reaches a person. The files are
//! exported to `components/schemas/` by `cargo xtask schemas` and checked against the types by
//! a test, so they never drift.

use schemars::{schema_for, JsonSchema, Schema};

use super::{
    AccountSummary, ApprovalCard, BookingWidget, Envelope, InvoiceList, OrderStatus, Payload,
    ProductCard, ProductComparator, ProductGrid, QuoteCard, TicketCard,
};

/// The schema of one payload's envelope, named and versioned like its activity type.
fn envelope_schema<T: Payload + JsonSchema>() -> (String, Schema) {
    let mut schema = schema_for!(Envelope<T>);
    schema.insert(
        "$id".into(),
        format!(
            "https://showroom.invalid/schemas/{}.v{}.json",
            T::ACTIVITY_TYPE,
            T::VERSION
        )
        .into(),
    );
    schema.insert(
        "title".into(),
        format!(
            "{} v{} (ACTIVITY_SNAPSHOT content)",
            T::ACTIVITY_TYPE,
            T::VERSION
        )
        .into(),
    );
    // This schema is for one version of the payload exactly.
    if let Some(v) = schema
        .as_object_mut()
        .and_then(|o| o.get_mut("properties"))
        .and_then(|p| p.get_mut("v"))
        .and_then(|v| v.as_object_mut())
    {
        v.insert("const".into(), T::VERSION.into());
    }
    (format!("{}.v{}.json", T::ACTIVITY_TYPE, T::VERSION), schema)
}

/// Every payload's schema: `(file name, schema)`. A new component adds one line here.
pub fn all() -> Vec<(String, Schema)> {
    vec![
        envelope_schema::<ProductCard>(),
        envelope_schema::<ProductGrid>(),
        envelope_schema::<ProductComparator>(),
        envelope_schema::<QuoteCard>(),
        envelope_schema::<BookingWidget>(),
        envelope_schema::<OrderStatus>(),
        envelope_schema::<InvoiceList>(),
        envelope_schema::<AccountSummary>(),
        envelope_schema::<ApprovalCard>(),
        envelope_schema::<TicketCard>(),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dir() -> std::path::PathBuf {
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../components/schemas")
    }

    #[test]
    fn the_exported_schemas_are_the_types() {
        for (name, schema) in all() {
            let path = dir().join(&name);
            let committed = std::fs::read_to_string(&path).unwrap_or_else(|_| {
                panic!("{} is missing: run `cargo xtask schemas`", path.display())
            });
            let committed: serde_json::Value = serde_json::from_str(&committed).unwrap();
            assert_eq!(
                committed,
                serde_json::to_value(&schema).unwrap(),
                "{name} is stale: run `cargo xtask schemas`"
            );
        }
    }

    /// The browser checks patterns through their `format` (`payload::check`): none goes unchecked.
    #[test]
    fn every_pattern_has_a_format_the_browser_checks() {
        fn walk(value: &serde_json::Value, name: &str) {
            match value {
                serde_json::Value::Object(map) => {
                    if map.contains_key("pattern") {
                        let format = map.get("format").and_then(|f| f.as_str());
                        assert!(
                            matches!(format, Some("decimal" | "currency" | "date" | "date-time")),
                            "{name}: a pattern without a format the browser checks: {value}"
                        );
                    }
                    map.values().for_each(|v| walk(v, name));
                }
                serde_json::Value::Array(items) => items.iter().for_each(|v| walk(v, name)),
                _ => {}
            }
        }
        for (name, schema) in all() {
            walk(&serde_json::to_value(&schema).unwrap(), &name);
        }
    }

    #[test]
    fn the_checks_a_model_must_meet_are_in_the_schema() {
        let (_, schema) = envelope_schema::<ProductComparator>();
        let text = serde_json::to_string(&schema).unwrap();
        for needle in [
            r#""minItems":2"#,
            r#""maxItems":6"#,
            r#""pattern":"^[A-Z]{3}$""#,
            r#""in_stock""#,
            r#""required""#,
        ] {
            assert!(text.contains(needle), "{needle} not in {text}");
        }
    }
}
