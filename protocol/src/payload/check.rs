//! Checks a payload against its JSON Schema: the browser's validation of what an agent sent.
//!
//! The schemas are exported from the payload types (`schema`, feature `schemars`), so the
//! types, what a model is told and what the browser accepts are one definition. This is the
//! subset of JSON Schema 2020-12 those exports use: `$ref` to `#/$defs/…`, `type`,
//! `properties`, `required`, `items`, `prefixItems`, `minItems`, `maxItems`, `minLength`,
//! `maxLength`, `minimum`, `maximum`, `enum`, `const`, `anyOf`, `oneOf`, `allOf` and our
//! `format`s (`decimal`, `currency`, `date`, `date-time`). Unknown properties are tolerated.
//! A `pattern` is checked through the `format` beside it (a test keeps every pattern paired).
//!
//! A `partial` payload (fields still streaming) is checked for what it has: `required` and
//! `minItems` wait for the complete one.

use serde_json::Value;

#[cfg(any(test, feature = "fuzzing"))]
pub mod properties;

/// Why `value` does not meet the schema: where (`data.products[1].price`) and what.
pub fn check(schema: &Value, value: &Value, partial: bool) -> Result<(), String> {
    Checker {
        root: schema,
        partial,
    }
    .check(schema, value, &mut String::new())
}

struct Checker<'a> {
    root: &'a Value,
    partial: bool,
}

impl<'a> Checker<'a> {
    fn resolve(&self, schema: &'a Value) -> &'a Value {
        match schema.get("$ref").and_then(Value::as_str) {
            Some(reference) => reference
                .strip_prefix("#/")
                .map(|path| {
                    path.split('/')
                        .try_fold(self.root, |node, key| node.get(key))
                        .unwrap_or(&Value::Null)
                })
                .unwrap_or(&Value::Null),
            None => schema,
        }
    }

    fn check(&self, schema: &'a Value, value: &Value, path: &mut String) -> Result<(), String> {
        let schema = self.resolve(schema);
        let Some(rules) = schema.as_object() else {
            // `true`, or a reference we could not resolve: nothing to check against.
            return Ok(());
        };
        for (keyword, rule) in rules {
            match keyword.as_str() {
                "type" => {
                    let allowed = |t: &Value| t.as_str().is_some_and(|t| is_type(value, t));
                    let ok = match rule {
                        Value::Array(types) => types.iter().any(allowed),
                        t => allowed(t),
                    };
                    if !ok {
                        return fail(path, format!("expected {rule}, found {}", kind(value)));
                    }
                }
                "const" if value != rule => return fail(path, format!("must be {rule}")),
                "enum" if !rule.as_array().is_some_and(|e| e.contains(value)) => {
                    return fail(path, format!("must be one of {rule}"));
                }
                "anyOf" | "oneOf" | "allOf" => {
                    let branches = rule.as_array().map(Vec::as_slice).unwrap_or_default();
                    let mut errors = Vec::new();
                    for branch in branches {
                        if let Err(e) = self.check(branch, value, &mut path.clone()) {
                            errors.push(e);
                        }
                    }
                    let passed = branches.len() - errors.len();
                    let ok = match keyword.as_str() {
                        "anyOf" => passed > 0,
                        "oneOf" => passed == 1,
                        _ => errors.is_empty(),
                    };
                    if !ok {
                        return Err(errors.join("; or "));
                    }
                }
                "format" => {
                    if let (Some(format), Some(text)) = (rule.as_str(), value.as_str()) {
                        if !format_ok(format, text) {
                            // Quoted by hand: `{:?}` would bring Unicode's printable tables (~8 KB) into the wasm.
                            return fail(path, format!("\"{text}\" is not a {format}"));
                        }
                    }
                }
                "minLength" | "maxLength" => {
                    if let (Some(text), Some(limit)) = (value.as_str(), rule.as_u64()) {
                        let n = text.chars().count() as u64;
                        if keyword == "minLength" && n < limit && !self.partial {
                            return fail(path, format!("must have at least {limit} characters"));
                        }
                        if keyword == "maxLength" && n > limit {
                            return fail(path, format!("must have at most {limit} characters"));
                        }
                    }
                }
                "minimum" | "maximum" => {
                    if let (Some(n), Some(limit)) = (value.as_f64(), rule.as_f64()) {
                        // The limit as written in the schema: formatting an f64 costs the wasm ~9 KB.
                        if keyword == "minimum" && n < limit {
                            return fail(path, format!("must be at least {rule}"));
                        }
                        if keyword == "maximum" && n > limit {
                            return fail(path, format!("must be at most {rule}"));
                        }
                    }
                }
                "minItems" | "maxItems" => {
                    if let (Some(items), Some(limit)) = (value.as_array(), rule.as_u64()) {
                        let n = items.len() as u64;
                        if keyword == "minItems" && n < limit && !self.partial {
                            return fail(path, format!("must have at least {limit} items"));
                        }
                        if keyword == "maxItems" && n > limit {
                            return fail(path, format!("must have at most {limit} items"));
                        }
                    }
                }
                "required" if !self.partial => {
                    if let (Some(object), Some(names)) = (value.as_object(), rule.as_array()) {
                        if let Some(missing) = names
                            .iter()
                            .filter_map(Value::as_str)
                            .find(|name| !object.contains_key(*name))
                        {
                            return fail(path, format!("\"{missing}\" is missing"));
                        }
                    }
                }
                "properties" => {
                    if let (Some(object), Some(properties)) = (value.as_object(), rule.as_object())
                    {
                        for (name, schema) in properties {
                            if let Some(field) = object.get(name) {
                                let len = path.len();
                                push_key(path, name);
                                self.check(schema, field, path)?;
                                path.truncate(len);
                            }
                        }
                    }
                }
                "items" | "prefixItems" => {
                    if let Some(items) = value.as_array() {
                        for (index, item) in items.iter().enumerate() {
                            let schema = match rule {
                                Value::Array(prefix) => match prefix.get(index) {
                                    Some(schema) => schema,
                                    None => continue,
                                },
                                schema => schema,
                            };
                            let len = path.len();
                            path.push_str(&format!("[{index}]"));
                            self.check(schema, item, path)?;
                            path.truncate(len);
                        }
                    }
                }
                _ => {}
            }
        }
        Ok(())
    }
}

fn push_key(path: &mut String, key: &str) {
    if !path.is_empty() {
        path.push('.');
    }
    path.push_str(key);
}

fn fail(path: &str, what: String) -> Result<(), String> {
    let at = if path.is_empty() { "content" } else { path };
    Err(format!("{at}: {what}"))
}

fn is_type(value: &Value, name: &str) -> bool {
    match name {
        "integer" => value.as_i64().is_some() || value.as_u64().is_some(),
        "number" => value.is_number(),
        _ => kind(value) == name,
    }
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

/// The formats our payloads use. Unknown formats (`uint32`, …) are annotations only.
fn format_ok(format: &str, text: &str) -> bool {
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    match format {
        "decimal" => is_decimal(text),
        "currency" => text.len() == 3 && text.bytes().all(|b| b.is_ascii_uppercase()),
        "date" => {
            let parts: Vec<&str> = text.split('-').collect();
            parts.len() == 3 && digits(parts[0], 4) && digits(parts[1], 2) && digits(parts[2], 2)
        }
        "date-time" => {
            text.get(..10).is_some_and(|d| format_ok("date", d))
                && matches!(text.as_bytes().get(10), Some(b'T' | b't' | b' '))
                && text.len() > 16
        }
        _ => true,
    }
}

/// `"89.00"`, `"-1.5"`, `"12"`: how money and quantities travel (never floats).
pub fn is_decimal(text: &str) -> bool {
    let digits = text.strip_prefix('-').unwrap_or(text);
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, "0"));
    !whole.is_empty()
        && !fraction.is_empty()
        && whole.bytes().all(|b| b.is_ascii_digit())
        && fraction.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn schema() -> Value {
        json!({
            "type": "object",
            "properties": {
                "items": { "type": "array", "minItems": 1, "maxItems": 2,
                           "items": { "$ref": "#/$defs/Item" } },
                "state": { "enum": ["draft", "sent"] },
                "note": { "anyOf": [{ "type": "string", "maxLength": 5 }, { "type": "null" }] }
            },
            "required": ["items", "state"],
            "$defs": {
                "Item": {
                    "type": "object",
                    "properties": {
                        "qty": { "type": "string", "format": "decimal" },
                        "n": { "type": "integer", "minimum": 1 },
                        "pair": { "type": "array", "prefixItems": [{ "type": "string" }, { "type": "integer" }] }
                    },
                    "required": ["qty"]
                }
            }
        })
    }

    #[test]
    fn a_valid_payload_passes_and_extra_fields_are_tolerated() {
        let value = json!({ "items": [{ "qty": "2.5", "n": 3, "pair": ["a", 1], "extra": true }],
                            "state": "draft", "note": null, "unknown": 1 });
        assert_eq!(check(&schema(), &value, false), Ok(()));
    }

    #[test]
    fn each_rule_says_where_and_what() {
        let cases = [
            (
                json!({ "items": [], "state": "draft" }),
                "items: must have at least 1 items",
            ),
            (
                json!({ "items": [{ "qty": "1" }, { "qty": "2" }, { "qty": "3" }], "state": "draft" }),
                "items: must have at most 2 items",
            ),
            (
                json!({ "items": [{ "qty": "2,5" }], "state": "draft" }),
                "items[0].qty: \"2,5\" is not a decimal",
            ),
            (
                json!({ "items": [{ "qty": 2 }], "state": "draft" }),
                "items[0].qty: expected \"string\", found number",
            ),
            (
                json!({ "items": [{ "qty": "1", "n": 0 }], "state": "draft" }),
                "items[0].n: must be at least 1",
            ),
            (
                json!({ "items": [{ "qty": "1", "n": 1.5 }], "state": "draft" }),
                "items[0].n: expected \"integer\", found number",
            ),
            (
                json!({ "items": [{ "qty": "1", "pair": [1] }], "state": "draft" }),
                "items[0].pair[0]: expected \"string\", found number",
            ),
            (
                json!({ "items": [{}], "state": "draft" }),
                "items[0]: \"qty\" is missing",
            ),
            (
                json!({ "items": [{ "qty": "1" }], "state": "lost" }),
                "state: must be one of [\"draft\",\"sent\"]",
            ),
            (
                json!({ "items": [{ "qty": "1" }] }),
                "content: \"state\" is missing",
            ),
            (
                json!({ "items": [{ "qty": "1" }], "state": "sent", "note": "too long" }),
                "note: must have at most 5 characters; or note: expected \"null\", found string",
            ),
            (json!([]), "content: expected \"object\", found array"),
        ];
        for (value, expected) in cases {
            assert_eq!(
                check(&schema(), &value, false),
                Err(expected.to_owned()),
                "{value}"
            );
        }
    }

    #[test]
    fn a_partial_payload_is_checked_for_what_it_has() {
        assert_eq!(check(&schema(), &json!({ "items": [{}] }), true), Ok(()));
        assert!(check(&schema(), &json!({ "items": [{ "qty": "x" }] }), true).is_err());
        assert!(check(&schema(), &json!({ "state": "lost" }), true).is_err());
    }

    #[test]
    fn formats() {
        for ok in ["0", "89.00", "-1.5", "1200"] {
            assert!(is_decimal(ok), "{ok}");
        }
        for bad in ["", "1.", ".5", "1e3", "89,00", "NaN", "--1"] {
            assert!(!is_decimal(bad), "{bad}");
        }
        assert!(format_ok("currency", "EUR") && !format_ok("currency", "eur"));
        assert!(format_ok("date", "2026-11-27") && !format_ok("date", "27-11-2026"));
        assert!(format_ok("date-time", "2026-11-27T09:30:00Z"));
        assert!(!format_ok("date-time", "2026-11-27"));
    }
}
