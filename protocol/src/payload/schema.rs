//! JSON Schemas of the component payloads (feature `schemars`): a payload's checks, written
//! once as `schemars` attributes on its type. The browser checks content against them before it
//! renders; the agent checks what a model composed with [`check`], so the model reads the same
//! words. The browser's copies are exported at build time (`components/build.rs`); the
//! published ones in `components/schemas/` are kept up to date by a test, which writes a stale
//! one and fails once so that it is committed.

use schemars::{schema_for, Schema};
use serde_json::Value;

/// What a payload type must derive to have a schema.
pub use schemars::JsonSchema;

use super::{payload_types, Envelope, Payload, PayloadError};

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

/// Every payload's schema: `(file name, schema)`, one per payload type in `payload/`.
pub fn all() -> Vec<(String, Schema)> {
    macro_rules! schemas {
        ($($payload:ident),*) => {
            vec![$(envelope_schema::<super::$payload>()),*]
        };
    }
    payload_types!(schemas)
}

/// Writes every schema into `dir` as `<activity type>.v<version>.json` where the file is
/// missing or differs; returns the names written.
pub fn export(dir: &std::path::Path) -> std::io::Result<Vec<String>> {
    std::fs::create_dir_all(dir)?;
    let mut written = Vec::new();
    for (name, schema) in all() {
        let path = dir.join(&name);
        let text = serde_json::to_string_pretty(&schema).map_err(std::io::Error::other)? + "\n";
        if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
            std::fs::write(&path, text)?;
            written.push(name);
        }
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dir() -> std::path::PathBuf {
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../components/schemas")
    }

    /// `components/schemas/` is the contract published to designers and models; the browser
    /// builds its own from the types. A schema that is missing or stale is written here, and
    /// the test fails once so that it is looked at and committed with the type's change.
    #[test]
    fn the_published_schemas_are_the_types() {
        let written = export(&dir()).unwrap();
        assert!(
            written.is_empty(),
            "components/schemas/ was behind the types; written now, commit them: {written:?}"
        );
        let names: Vec<String> = all().into_iter().map(|(name, _)| name).collect();
        for entry in std::fs::read_dir(dir()).unwrap() {
            let name = entry.unwrap().file_name().to_string_lossy().into_owned();
            assert!(
                names.contains(&name),
                "components/schemas/{name} has no payload type: delete it"
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
        use crate::payload::{ComparedProduct, Money, ProductComparator, Stock, StockLevel};

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
        let (_, schema) = envelope_schema::<crate::payload::ProductComparator>();
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
