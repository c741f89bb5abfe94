//! Odoo 19's JSON-2 API: `POST /json/2/<model>/<method>` with the API key as a bearer token,
//! the database in `X-Odoo-Database`, the method's parameters by name in a JSON object (`ids`
//! for record methods, `context` beside them), the method's value as the body on success, and
//! real HTTP status codes with an error object (`name`, `message`, `arguments`, `context`,
//! `debug`) on failure. The traceback in `debug` is never kept.

use serde_json::{Map, Value};

use crate::OdooError;

/// The path of a call.
pub fn path(model: &str, method: &str) -> String {
    format!("/json/2/{model}/{method}")
}

/// The body of a call: the parameters by name, the record ids when the method is on records,
/// and the context.
pub fn body(
    ids: Option<&[u64]>,
    params: Map<String, Value>,
    context: Option<Map<String, Value>>,
) -> Value {
    let mut body = params;
    if let Some(ids) = ids {
        body.insert("ids".into(), Value::from(ids.to_vec()));
    }
    if let Some(context) = context {
        body.insert("context".into(), Value::Object(context));
    }
    Value::Object(body)
}

/// Reads an answer: on a 2xx status the body is the value; otherwise the error object is typed
/// by its exception name, falling back on the status when the body is not Odoo's.
pub fn read_answer(status: u16, body: &[u8]) -> Result<Value, OdooError> {
    let parsed: Result<Value, _> = serde_json::from_slice(body);
    if (200..300).contains(&status) {
        return parsed.map_err(|e| OdooError::Malformed(e.to_string()));
    }
    let error = parsed.unwrap_or(Value::Null);
    let name = error.get("name").and_then(Value::as_str);
    let message = error
        .get("message")
        .and_then(Value::as_str)
        .unwrap_or_default();
    match (name, status) {
        (Some(name), _) if name.starts_with("werkzeug.exceptions.") => {
            Err(http_error(status, message))
        }
        (Some(name), _) => Err(OdooError::from_exception(name, message)),
        (None, _) => Err(http_error(status, message)),
    }
}

/// An error Odoo raised as an HTTP status (authentication, unknown model or method, a
/// parameter it does not take), or a proxy's.
fn http_error(status: u16, message: &str) -> OdooError {
    match status {
        401 => OdooError::Authentication,
        403 => OdooError::Access(message.to_owned()),
        400 | 404 | 422 if !message.is_empty() => OdooError::Rejected(message.to_owned()),
        _ => OdooError::Http(status),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn parameters_go_by_name_with_ids_and_context() {
        let mut params = Map::new();
        params.insert("fields".into(), json!(["name"]));
        let mut context = Map::new();
        context.insert("lang".into(), json!("nl_NL"));
        let body = body(Some(&[3, 4]), params, Some(context));
        assert_eq!(
            body,
            json!({"ids": [3, 4], "fields": ["name"], "context": {"lang": "nl_NL"}})
        );
        assert_eq!(path("res.partner", "read"), "/json/2/res.partner/read");
    }

    #[test]
    fn answers_and_errors_by_status() {
        assert_eq!(
            read_answer(200, br#"[{"id": 25, "name": "Deco Addict"}]"#).unwrap()[0]["id"],
            25
        );
        assert!(matches!(
            read_answer(200, b"<html>"),
            Err(OdooError::Malformed(_))
        ));
        // The documentation's own example: a revoked or wrong key.
        let unauthorized = br#"{"name": "werkzeug.exceptions.Unauthorized", "message": "Invalid apikey",
            "arguments": ["Invalid apikey", 401], "context": {}, "debug": "Traceback (most recent call last): secret"}"#;
        assert_eq!(
            read_answer(401, unauthorized),
            Err(OdooError::Authentication)
        );
        let access = br#"{"name": "odoo.exceptions.AccessError", "message": "You are not allowed to access 'Sales Order' records.",
            "arguments": [], "context": {}, "debug": "Traceback: secret"}"#;
        let error = read_answer(403, access).unwrap_err();
        assert_eq!(
            error,
            OdooError::Access("You are not allowed to access 'Sales Order' records.".into())
        );
        assert!(!error.to_string().contains("Traceback"));
        let validation = br#"{"name": "odoo.exceptions.ValidationError", "message": "The quantity must be positive.", "debug": "x"}"#;
        assert_eq!(
            read_answer(422, validation),
            Err(OdooError::Validation(
                "The quantity must be positive.".into()
            ))
        );
        let unknown_param = br#"{"name": "werkzeug.exceptions.UnprocessableEntity", "message": "got an unexpected keyword argument 'badparameter'", "debug": "x"}"#;
        assert_eq!(
            read_answer(422, unknown_param),
            Err(OdooError::Rejected(
                "got an unexpected keyword argument 'badparameter'".into()
            ))
        );
        let missing = br#"{"name": "odoo.exceptions.MissingError", "message": "Record does not exist or has been deleted.", "debug": "x"}"#;
        assert!(matches!(
            read_answer(404, missing),
            Err(OdooError::Missing(_))
        ));
        // A proxy's page, not Odoo's.
        assert_eq!(
            read_answer(502, b"<html>Bad Gateway</html>"),
            Err(OdooError::Http(502))
        );
        assert_eq!(read_answer(500, b""), Err(OdooError::Http(500)));
    }
}
