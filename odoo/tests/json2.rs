//! The client against a fake Odoo 19 built from the JSON-2 documentation
//! (developer/reference/external_api): `POST /json/2/<model>/<method>`, `Authorization: bearer`,
//! `X-Odoo-Database`, parameters by name with `ids` and `context` beside them, the value as the
//! body, and errors as real HTTP statuses with `{name, message, arguments, context, debug}`.

mod support;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde_json::{json, Map, Value};
use showroom_odoo::{Call, OdooClient, OdooConfig, OdooError, OdooVersion};

/// Every JSON-2 request the fake saw: (model, method, authorization, database, body).
type Seen = Arc<Mutex<Vec<(String, String, String, String, Value)>>>;

#[derive(Clone)]
struct Fake {
    seen: Seen,
    /// Odoo 19 still serves the deprecated /jsonrpc; some deployments turn it off.
    jsonrpc: bool,
}

/// Odoo's error object, traceback included, as the documentation shows it.
fn odoo_error(status: StatusCode, name: &str, message: &str) -> Response {
    let body = json!({
        "name": name, "message": message, "arguments": [message], "context": {},
        "debug": "Traceback (most recent call last):\n  File \"/opt/odoo/odoo/http.py\", line 2212, in _transactioning\nsecret",
    });
    (status, Json(body)).into_response()
}

/// The parameters each method takes, by name (a name it does not take is a 422, as Odoo's
/// `got an unexpected keyword argument`).
fn takes(method: &str) -> &'static [&'static str] {
    match method {
        "search_read" => &["domain", "fields", "offset", "limit", "order", "context"],
        "read" => &["ids", "fields", "load", "context"],
        "create" => &["vals_list", "context"],
        "write" => &["ids", "vals", "context"],
        "context_get" => &["context"],
        _ => &[],
    }
}

async fn json2(
    State(fake): State<Fake>,
    Path((model, method)): Path<(String, String)>,
    headers: HeaderMap,
    body: Option<Json<Value>>,
) -> Response {
    let header = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned()
    };
    let body = body.map(|Json(b)| b).unwrap_or(json!({}));
    fake.seen.lock().unwrap().push((
        model.clone(),
        method.clone(),
        header("authorization"),
        header("x-odoo-database"),
        body.clone(),
    ));
    // The scheme is case-insensitive (RFC 9110); the key is not.
    let authorization = header("authorization");
    let bearer = authorization
        .split_once(' ')
        .filter(|(scheme, _)| scheme.eq_ignore_ascii_case("bearer"))
        .map(|(_, key)| key);
    if bearer != Some("good-key") {
        return odoo_error(
            StatusCode::UNAUTHORIZED,
            "werkzeug.exceptions.Unauthorized",
            "Invalid apikey",
        );
    }
    if header("x-odoo-database") != "demo" {
        return odoo_error(
            StatusCode::NOT_FOUND,
            "werkzeug.exceptions.NotFound",
            "Database not found.",
        );
    }
    let Some(params) = body.as_object() else {
        return odoo_error(
            StatusCode::BAD_REQUEST,
            "werkzeug.exceptions.BadRequest",
            "could not parse the body as json",
        );
    };
    if let Some(unknown) = params
        .keys()
        .find(|k| !takes(&method).contains(&k.as_str()))
    {
        return odoo_error(
            StatusCode::UNPROCESSABLE_ENTITY,
            "werkzeug.exceptions.UnprocessableEntity",
            &format!("got an unexpected keyword argument '{unknown}'"),
        );
    }
    let ids: Vec<u64> = params
        .get("ids")
        .and_then(Value::as_array)
        .map(|ids| ids.iter().filter_map(Value::as_u64).collect())
        .unwrap_or_default();
    let value = match (model.as_str(), method.as_str()) {
        ("res.users", "context_get") => json!({"lang": "en_US", "tz": "Europe/Brussels", "uid": 2}),
        ("product.product", "search_read") => {
            json!([{"id": 11, "name": "Office Chair"}, {"id": 12, "name": "Office Lamp"}])
        }
        ("res.partner", "read") if ids.contains(&999) => {
            return odoo_error(
                StatusCode::NOT_FOUND,
                "odoo.exceptions.MissingError",
                "Record does not exist or has been deleted.",
            )
        }
        ("res.partner", "read") => Value::Array(
            ids.iter()
                .map(|id| json!({"id": id, "name": format!("Partner {id}")}))
                .collect(),
        ),
        ("sale.order", "create") => {
            let lines = params["vals_list"].as_array().cloned().unwrap_or_default();
            if lines.iter().any(|v| v.get("partner_id").is_none()) {
                return odoo_error(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    "odoo.exceptions.ValidationError",
                    "A quotation needs a customer.",
                );
            }
            Value::Array((0..lines.len() as u64).map(|i| json!(42 + i)).collect())
        }
        ("sale.order", "write") if ids.contains(&7) => {
            return odoo_error(
                StatusCode::FORBIDDEN,
                "odoo.exceptions.AccessError",
                "You are not allowed to modify 'Sales Order' (sale.order) records.",
            )
        }
        ("sale.order", "write") => json!(true),
        _ => {
            return odoo_error(
                StatusCode::NOT_FOUND,
                "werkzeug.exceptions.NotFound",
                "The requested URL was not found on the server.",
            )
        }
    };
    Json(value).into_response()
}

async fn jsonrpc(State(fake): State<Fake>, Json(body): Json<Value>) -> Response {
    if !fake.jsonrpc {
        return StatusCode::NOT_FOUND.into_response();
    }
    let version =
        json!({"server_version": "19.0", "server_version_info": [19, 0, 0, "final", 0, ""]});
    Json(json!({"jsonrpc": "2.0", "id": body["id"], "result": version})).into_response()
}

/// Odoo's web sign-in (`/web/session/authenticate`, JSON-RPC, errors as HTTP 200): the demo
/// portal user with their password gets a session cookie and their session info.
async fn web_session(
    State(fake): State<Fake>,
    Path(method): Path<String>,
    headers: HeaderMap,
    Json(body): Json<Value>,
) -> Response {
    let cookie = headers
        .get("cookie")
        .and_then(|c| c.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    fake.seen.lock().unwrap().push((
        "web/session".into(),
        method.clone(),
        cookie,
        String::new(),
        body.clone(),
    ));
    let params = &body["params"];
    let answer = |result: Value| json!({"jsonrpc": "2.0", "id": body["id"], "result": result});
    match method.as_str() {
        "authenticate" if params["login"] == "portal" && params["password"] == "portal" => (
            [("set-cookie", "session_id=s3ss10n; Path=/; HttpOnly")],
            Json(answer(
                json!({"uid": 6, "db": params["db"], "is_internal_user": false}),
            )),
        )
            .into_response(),
        "authenticate" => Json(json!({"jsonrpc": "2.0", "id": body["id"], "error": {
            "code": 200, "message": "Odoo Server Error",
            "data": {"name": "odoo.exceptions.AccessDenied", "message": "Access Denied",
                     "debug": "Traceback (most recent call last): …"}}}))
        .into_response(),
        _ => Json(answer(Value::Null)).into_response(),
    }
}

async fn web_version() -> Json<Value> {
    Json(json!({"version_info": [19, 0, 0, "final", 0, ""], "version": "19.0"}))
}

async fn fake_odoo_19(jsonrpc_on: bool) -> (String, Seen) {
    let seen: Seen = Arc::default();
    let app = Router::new()
        .route("/jsonrpc", post(jsonrpc))
        .route("/web/version", get(web_version))
        .route("/json/2/{model}/{method}", post(json2))
        .route("/web/session/{method}", post(web_session))
        .with_state(Fake {
            seen: seen.clone(),
            jsonrpc: jsonrpc_on,
        });
    let url = support::serve(app).await;
    (url, seen)
}

fn config(url: &str, key: &str) -> OdooConfig {
    support::config(url, key, Duration::from_millis(500))
}

#[tokio::test]
async fn odoo_19_is_spoken_to_in_json_2_with_named_parameters() {
    let (url, seen) = fake_odoo_19(true).await;
    let client = OdooClient::connect(&config(&url, "good-key"))
        .await
        .unwrap();
    assert_eq!(client.version(), OdooVersion::V19);
    assert_eq!(
        client.round_trips(),
        2,
        "version + a call that checks the key"
    );

    let mut context = Map::new();
    context.insert("lang".into(), json!("nl_NL"));
    let products = client
        .search_read(
            "product.product",
            json!([["sale_ok", "=", true]]),
            &["name"],
            Some(5),
            Some("name"),
            Some(context),
        )
        .await
        .unwrap();
    assert_eq!(products[1]["name"], "Office Lamp");
    let partners = client
        .read("res.partner", &[3, 4], &["name"], None)
        .await
        .unwrap();
    assert_eq!(partners[0]["name"], "Partner 3");
    let ids = client
        .create("sale.order", vec![json!({"partner_id": 3, "order_line": [[0, 0, {"product_id": 11, "product_uom_qty": 2}]]})], None)
        .await
        .unwrap();
    assert_eq!(ids, vec![42]);
    client
        .write("sale.order", &[42], json!({"note": "by chat"}), None)
        .await
        .unwrap();

    let seen = seen.lock().unwrap();
    for (_, _, authorization, database, _) in seen.iter() {
        assert_eq!(authorization, "bearer good-key");
        assert_eq!(database, "demo");
    }
    let body = |method: &str| seen.iter().find(|s| s.1 == method).unwrap().4.clone();
    assert_eq!(
        body("search_read"),
        json!({"domain": [["sale_ok", "=", true]], "fields": ["name"], "limit": 5, "order": "name", "context": {"lang": "nl_NL"}})
    );
    assert_eq!(body("read"), json!({"ids": [3, 4], "fields": ["name"]}));
    assert_eq!(
        body("write"),
        json!({"ids": [42], "vals": {"note": "by chat"}})
    );
    assert_eq!(
        body("create")["vals_list"][0]["order_line"][0][2]["product_uom_qty"],
        2
    );
}

#[tokio::test]
async fn without_jsonrpc_the_version_comes_from_web_version() {
    let (url, _) = fake_odoo_19(false).await;
    let client = OdooClient::connect(&config(&url, "good-key"))
        .await
        .unwrap();
    assert_eq!(client.version(), OdooVersion::V19);
    assert_eq!(
        client.round_trips(),
        3,
        "/jsonrpc 404, /web/version, the key check"
    );
}

/// JSON-2 takes API keys, which portal users do not have: 19 checks a person's own password
/// through the web client's sign-in, and the session it opens is closed again at once.
#[tokio::test]
async fn a_person_signs_in_to_odoo_19_through_a_web_session_closed_at_once() {
    let (url, seen) = fake_odoo_19(false).await;
    let client = OdooClient::connect(&config(&url, "good-key"))
        .await
        .unwrap();
    let before = client.round_trips();
    assert_eq!(
        client.check_user("portal", "portal").await.unwrap(),
        Some(6)
    );
    assert_eq!(
        client.round_trips() - before,
        2,
        "the session opened, then closed"
    );
    assert_eq!(client.check_user("portal", "wrong").await.unwrap(), None);

    let seen = seen.lock().unwrap();
    let calls: Vec<_> = seen
        .iter()
        .filter(|s| s.0 == "web/session")
        .map(|s| (s.1.as_str(), s.2.as_str(), &s.4["params"]))
        .collect();
    assert_eq!(
        calls,
        [
            (
                "authenticate",
                "",
                &json!({"db": "demo", "login": "portal", "password": "portal"})
            ),
            ("destroy", "session_id=s3ss10n", &json!({})),
            (
                "authenticate",
                "",
                &json!({"db": "demo", "login": "portal", "password": "wrong"})
            ),
        ],
        "the bot's key never goes with them; a refused password opens nothing to close"
    );
}

#[tokio::test]
async fn json_2_errors_are_typed_by_status_and_exception_without_tracebacks() {
    let (url, _) = fake_odoo_19(true).await;
    assert_eq!(
        OdooClient::connect(&config(&url, "revoked")).await.err(),
        Some(OdooError::Authentication)
    );
    let client = OdooClient::connect(&config(&url, "good-key"))
        .await
        .unwrap();

    let missing = client
        .read("res.partner", &[999], &["name"], None)
        .await
        .unwrap_err();
    assert_eq!(
        missing,
        OdooError::Missing("Record does not exist or has been deleted.".into())
    );
    let invalid = client
        .create("sale.order", vec![json!({})], None)
        .await
        .unwrap_err();
    assert_eq!(
        invalid,
        OdooError::Validation("A quotation needs a customer.".into())
    );
    let denied = client
        .write("sale.order", &[7], json!({"note": "x"}), None)
        .await
        .unwrap_err();
    assert!(matches!(denied, OdooError::Access(_)));
    let mut odd = Map::new();
    odd.insert("badparameter".into(), json!(1));
    let rejected = client
        .call("res.users", "context_get", None, odd, None, Call::Read)
        .await
        .unwrap_err();
    assert_eq!(
        rejected,
        OdooError::Rejected("got an unexpected keyword argument 'badparameter'".into())
    );
    let unknown = client
        .call(
            "no.such.model",
            "search_read",
            None,
            Map::new(),
            None,
            Call::Read,
        )
        .await
        .unwrap_err();
    assert_eq!(unknown.code(), "odoo_rejected");
    for error in [missing, invalid, denied, rejected, unknown] {
        assert!(!error.to_string().contains("Traceback"), "{error}");
        assert!(!error.to_string().contains("secret"), "{error}");
    }
    // Typed errors are Odoo's judgement, not the network's: none was retried.
    assert_eq!(client.round_trips(), 2 + 5);
}
