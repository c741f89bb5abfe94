//! JSON Schemas of the component payloads (feature `schemars`): a payload's checks, written
//! once as `schemars` attributes on its type. The browser checks content against them before it
//! renders; the agent checks what a model composed with [`check`], so the model reads the same
//! words. The files are exported to `components/schemas/` by `cargo xtask schemas` and checked
//! against the types by a test, so they never drift.

use schemars::{schema_for, Schema};
use serde_json::Value;

/// What a payload type must derive to have a schema.
pub use schemars::JsonSchema;

use super::{
    AccountSummary, ApprovalCard, BookingWidget, Envelope, InvoiceList, OrderStatus, Payload,
    PayloadError, ProductCard, ProductComparator, ProductGrid, QuoteCard, TicketCard,
};

/// Checks `content` (`{ v, status, readAt, data }`) against `T`'s schema, as the browser will.
pub fn check<T: Payload + JsonSchema>(content: &Value) -> Result<(), PayloadError> {
    let (_, schema) = envelope_schema::<T>();
    let partial = content.get("status").and_then(Value::as_str) == Some("partial");
    super::check::check(schema.as_value(), content, partial).map_err(PayloadError::Invalid)
}

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
    fn a_payload_is_checked_against_its_types_schema() {
        use crate::payload::{ComparedProduct, Money, Stock, StockLevel};

        let product = |id: u64, price: Money| ComparedProduct {
            id,
            name: format!("P{id}"),
            price,
            list_price: None,
            uom: "Units".into(),
            stock: Stock {
                level: StockLevel::InStock,
                available: "12".into(),
            },
            attributes: Vec::new(),
        };
        let eur = |amount: &str| Money::new(amount, "EUR", false);
        let content = |products| {
            Envelope::complete("2026-11-27T09:00:00Z", ProductComparator { products }).to_value()
        };
        let two = content(vec![product(1, eur("10.00")), product(2, eur("12.50"))]);
        assert_eq!(check::<ProductComparator>(&two), Ok(()));
        let cases = [
            (
                content(vec![product(1, eur("10.00"))]),
                "data.products: must have at least 2 items",
            ),
            (
                content(vec![product(1, eur("10,00")), product(2, eur("1"))]),
                "data.products[0].price.amount: \"10,00\" is not a decimal",
            ),
            (
                content(vec![
                    product(1, eur("1")),
                    product(2, Money::new("1", "euro", false)),
                ]),
                "data.products[1].price.currency: \"euro\" is not a currency",
            ),
        ];
        for (content, expected) in cases {
            assert_eq!(
                check::<ProductComparator>(&content),
                Err(PayloadError::Invalid(expected.to_owned()))
            );
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
