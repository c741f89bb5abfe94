//! Odoo 17/18 JSON-RPC: `POST /jsonrpc` with `service`, `method` and `args`. Errors arrive as
//! HTTP 200 with an `error` object.

use serde_json::{json, Map, Value};

use crate::OdooError;

/// Who the calls are made as: the database, the bot user's id and its API key.
#[derive(Clone)]
pub struct Credentials {
    pub db: String,
    pub uid: u64,
    pub api_key: String,
}

impl std::fmt::Debug for Credentials {
    // The key never reaches a log.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Credentials")
            .field("db", &self.db)
            .field("uid", &self.uid)
            .finish_non_exhaustive()
    }
}

/// The body of an `object.execute_kw` call.
pub fn execute_kw(
    id: u64,
    credentials: &Credentials,
    model: &str,
    method: &str,
    args: Value,
    kwargs: Map<String, Value>,
) -> Value {
    let Credentials { db, uid, api_key } = credentials;
    json!({
        "jsonrpc": "2.0",
        "method": "call",
        "id": id,
        "params": {
            "service": "object",
            "method": "execute_kw",
            "args": [db, uid, api_key, model, method, args, kwargs],
        }
    })
}

/// The body of a call to one of the web client's JSON-RPC routes (`/web/session/authenticate`
/// and the like, on every version): the route's parameters by name, answered as `execute_kw`
/// is, with `result` or `error`.
pub fn web(id: u64, params: Value) -> Value {
    json!({ "jsonrpc": "2.0", "method": "call", "id": id, "params": params })
}

/// The body of a call to another service (`common.version`, `common.authenticate`).
pub fn call(id: u64, service: &str, method: &str, args: Value) -> Value {
    json!({
        "jsonrpc": "2.0",
        "method": "call",
        "id": id,
        "params": { "service": service, "method": method, "args": args }
    })
}

/// Reads a JSON-RPC answer: the `result`, or the error typed, without its traceback.
pub fn read_answer(body: &[u8]) -> Result<Value, OdooError> {
    let mut answer: Value =
        serde_json::from_slice(body).map_err(|e| OdooError::Malformed(e.to_string()))?;
    if let Some(error) = answer.get("error") {
        let data = error.get("data").cloned().unwrap_or(Value::Null);
        let name = data.get("name").and_then(Value::as_str).unwrap_or("");
        let message = data
            .get("message")
            .and_then(Value::as_str)
            .or_else(|| error.get("message").and_then(Value::as_str))
            .unwrap_or("unknown error");
        return Err(OdooError::from_exception(name, message));
    }
    let jsonrpc = answer.get("jsonrpc").is_some();
    match answer.get_mut("result") {
        Some(result) => Ok(result.take()),
        // Odoo leaves `result` out when a method returned `None` (`action_quotation_sent`).
        None if jsonrpc => Ok(Value::Null),
        None => Err(OdooError::Malformed("neither result nor error".to_owned())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn execute_kw_puts_arguments_in_odoo_order() {
        let mut kwargs = Map::new();
        kwargs.insert("limit".into(), json!(5));
        let credentials = Credentials {
            db: "demo".into(),
            uid: 2,
            api_key: "key".into(),
        };
        let body = execute_kw(
            7,
            &credentials,
            "product.product",
            "search_read",
            json!([[]]),
            kwargs,
        );
        assert!(!format!("{credentials:?}").contains("key\""));
        assert_eq!(body["id"], 7);
        assert_eq!(body["params"]["args"][3], "product.product");
        assert_eq!(body["params"]["args"][6]["limit"], 5);
    }

    #[test]
    fn errors_are_typed_and_tracebacks_dropped() {
        let body = br#"{"jsonrpc":"2.0","id":1,"error":{"code":200,"message":"Odoo Server Error",
            "data":{"name":"odoo.exceptions.AccessError","debug":"Traceback (most recent call last): secret",
            "message":"You are not allowed to access 'Sales Order' records."}}}"#;
        let error = read_answer(body).unwrap_err();
        assert_eq!(
            error,
            OdooError::Access("You are not allowed to access 'Sales Order' records.".into())
        );
        assert!(!error.to_string().contains("Traceback"));
        assert_eq!(error.code(), "odoo_access");
    }

    #[test]
    fn exception_names_map_to_kinds() {
        let kind = |name| OdooError::from_exception(name, "m");
        assert_eq!(
            kind("odoo.exceptions.ValidationError"),
            OdooError::Validation("m".into())
        );
        assert_eq!(
            kind("odoo.exceptions.UserError"),
            OdooError::User("m".into())
        );
        assert_eq!(
            kind("odoo.exceptions.MissingError"),
            OdooError::Missing("m".into())
        );
        assert_eq!(
            kind("odoo.exceptions.AccessDenied"),
            OdooError::Authentication
        );
        assert_eq!(kind("builtins.KeyError"), OdooError::Server("m".into()));
    }

    #[test]
    fn results_and_malformed_answers() {
        assert_eq!(
            read_answer(br#"{"jsonrpc":"2.0","id":1,"result":[1,2]}"#).unwrap(),
            json!([1, 2])
        );
        assert!(matches!(
            read_answer(b"<html>"),
            Err(OdooError::Malformed(_))
        ));
        assert!(matches!(
            read_answer(br#"{"id":1}"#),
            Err(OdooError::Malformed(_))
        ));
        // A method that returned `None`: Odoo sends no `result` at all.
        assert_eq!(
            read_answer(br#"{"jsonrpc":"2.0","id":1}"#).unwrap(),
            Value::Null
        );
    }
}
