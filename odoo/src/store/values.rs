//! How Odoo's answers read: its errors as the store's, amounts and many2one values, and the
//! context that has it answer in the viewer's language.

use serde_json::{Map, Value};
use showroom_commerce::{CommerceError, Language};

use crate::OdooError;

impl From<OdooError> for CommerceError {
    fn from(error: OdooError) -> CommerceError {
        match error {
            OdooError::Missing(_) => CommerceError::ProductNotFound(0),
            _ => CommerceError::Unavailable,
        }
    }
}

/// Odoo's `YYYY-MM-DD HH:MM:SS` (UTC) as RFC 3339; a date stays a date.
pub fn rfc3339(value: &Value) -> Option<String> {
    let text = value.as_str()?;
    Some(match text.split_once(' ') {
        Some((date, time)) => format!("{date}T{time}Z"),
        None => text.to_owned(),
    })
}

/// The day (UTC) of Odoo's `YYYY-MM-DD HH:MM:SS`, or a date as it is.
pub fn day(value: &Value) -> Option<String> {
    let text = value.as_str()?;
    Some(text.split(' ').next().unwrap_or(text).to_owned())
}

/// The name of a many2one as Odoo reads it: `[id, "name"]`.
pub fn many2one_name(value: &Value) -> String {
    value[1].as_str().unwrap_or_default().to_owned()
}

/// The context that has Odoo answer in `language`: product names, units, attribute names and
/// values as translated in Odoo (its own source language, English, when a term has none).
/// None for English, so those requests stay as they always were.
pub fn in_language(language: &Language) -> Option<Map<String, Value>> {
    let lang = match language.tag() {
        "nl" => "nl_NL",
        "de" => "de_DE",
        _ => return None,
    };
    Some(Map::from_iter([("lang".to_owned(), Value::from(lang))]))
}
