//! Transport faults, against a local server that answers like Odoo 18's /jsonrpc or fails on
//! purpose: connection refused, slower than the timeout, HTTP 502/500, malformed JSON, a revoked
//! key. Each gives a typed error; reads are retried, writes never.

mod support;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::{Json, Router};
use serde_json::{json, Value};
use showroom_odoo::{OdooClient, OdooConfig, OdooError, OdooVersion};

/// What the server does with the next requests.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Fault {
    None,
    /// Answer 502 this many times, then normally.
    BadGateway(u32),
    ServerError,
    Slow,
    Malformed,
    RevokedKey,
}

type Shared = Arc<Mutex<Fault>>;

async fn jsonrpc(State(fault): State<Shared>, Json(body): Json<Value>) -> Response {
    let current = *fault.lock().unwrap();
    match current {
        Fault::BadGateway(n) if n > 0 => {
            *fault.lock().unwrap() = Fault::BadGateway(n - 1);
            return StatusCode::BAD_GATEWAY.into_response();
        }
        Fault::ServerError => return StatusCode::INTERNAL_SERVER_ERROR.into_response(),
        Fault::Slow => tokio::time::sleep(Duration::from_secs(2)).await,
        Fault::Malformed => {
            return (StatusCode::OK, "<html>Odoo is restarting</html>").into_response()
        }
        _ => {}
    }
    let params = &body["params"];
    let result = match (params["service"].as_str(), params["method"].as_str()) {
        (Some("common"), Some("version")) => {
            json!({"server_version": "18.0", "server_version_info": [18, 0, 0, "final", 0, ""]})
        }
        (Some("common"), Some("authenticate")) => {
            if params["args"][2] == "good-key" {
                json!(2)
            } else {
                json!(false)
            }
        }
        (Some("object"), Some("execute_kw")) if current == Fault::RevokedKey => {
            return Json(json!({"jsonrpc": "2.0", "id": body["id"], "error": {"code": 200, "message": "Odoo Server Error",
                "data": {"name": "odoo.exceptions.AccessDenied", "message": "Access Denied", "debug": "Traceback (most recent call last): secret"}}}))
            .into_response();
        }
        (Some("object"), Some("execute_kw")) => json!([{"id": 1, "name": "Office Chair"}]),
        _ => json!(null),
    };
    Json(json!({"jsonrpc": "2.0", "id": body["id"], "result": result})).into_response()
}

async fn fake_odoo() -> (String, Shared) {
    let fault: Shared = Arc::new(Mutex::new(Fault::None));
    let app = Router::new()
        .route("/jsonrpc", post(jsonrpc))
        .with_state(fault.clone());
    let url = support::serve(app).await;
    (url, fault)
}

fn config(url: &str, key: &str) -> OdooConfig {
    support::config(url, key, Duration::from_millis(300))
}

async fn read(client: &OdooClient) -> Result<Vec<Value>, OdooError> {
    client
        .search_read("product.product", json!([]), &["name"], None, None, None)
        .await
}

#[tokio::test]
async fn connects_detects_the_version_and_reads() {
    let (url, _) = fake_odoo().await;
    let client = OdooClient::connect(&config(&url, "good-key"))
        .await
        .unwrap();
    assert_eq!(client.version(), OdooVersion::V18);
    assert_eq!(client.round_trips(), 2, "version + authenticate");
    assert_eq!(read(&client).await.unwrap()[0]["name"], "Office Chair");
    assert_eq!(client.round_trips(), 3);
}

#[tokio::test]
async fn a_wrong_key_is_an_authentication_error() {
    let (url, _) = fake_odoo().await;
    let error = OdooClient::connect(&config(&url, "wrong"))
        .await
        .err()
        .unwrap();
    assert_eq!(error, OdooError::Authentication);
}

#[tokio::test]
async fn connection_refused_is_unreachable() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let error = OdooClient::connect(&config(&format!("http://127.0.0.1:{port}"), "good-key"))
        .await
        .err()
        .unwrap();
    assert_eq!(error, OdooError::Unreachable);
    assert_eq!(error.code(), "odoo_unreachable");
}

#[tokio::test]
async fn a_read_survives_two_bad_gateways_and_a_third_is_reported() {
    let (url, fault) = fake_odoo().await;
    let client = OdooClient::connect(&config(&url, "good-key"))
        .await
        .unwrap();
    *fault.lock().unwrap() = Fault::BadGateway(2);
    assert!(read(&client).await.is_ok());
    assert_eq!(client.round_trips(), 2 + 3, "two retries");
    *fault.lock().unwrap() = Fault::BadGateway(3);
    assert_eq!(read(&client).await, Err(OdooError::Http(502)));
    assert_eq!(client.round_trips(), 5 + 3, "three tries, then reported");
}

#[tokio::test]
async fn a_write_is_never_sent_twice() {
    let (url, fault) = fake_odoo().await;
    let client = OdooClient::connect(&config(&url, "good-key"))
        .await
        .unwrap();
    *fault.lock().unwrap() = Fault::ServerError;
    let create = client.create("sale.order", vec![json!({})], None).await;
    assert_eq!(create, Err(OdooError::Http(500)));
    assert_eq!(client.round_trips(), 2 + 1);
}

#[tokio::test]
async fn slower_than_the_timeout_is_a_timeout_not_a_hang() {
    let (url, fault) = fake_odoo().await;
    let client = OdooClient::connect(&config(&url, "good-key"))
        .await
        .unwrap();
    *fault.lock().unwrap() = Fault::Slow;
    let started = std::time::Instant::now();
    assert_eq!(read(&client).await, Err(OdooError::Timeout));
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "gave up well before the server answered"
    );
}

#[tokio::test]
async fn malformed_answers_and_revoked_keys_are_typed_and_safe() {
    let (url, fault) = fake_odoo().await;
    let client = OdooClient::connect(&config(&url, "good-key"))
        .await
        .unwrap();
    *fault.lock().unwrap() = Fault::Malformed;
    assert!(matches!(read(&client).await, Err(OdooError::Malformed(_))));
    assert_eq!(client.round_trips(), 3, "not Odoo's network: not retried");
    *fault.lock().unwrap() = Fault::RevokedKey;
    let error = read(&client).await.unwrap_err();
    assert_eq!(error, OdooError::Authentication);
    assert!(!error.to_string().contains("Traceback"));
}

/// The readiness probe is one small authenticated read: ready while Odoo answers, the stable
/// "unavailable" when it fails (retried first, as every read is).
#[tokio::test]
async fn the_store_is_ready_only_while_odoo_answers() {
    use showroom_commerce::Commerce;
    let (url, fault) = fake_odoo().await;
    let clock =
        showroom_commerce::clock::Clock::fixed(time::macros::datetime!(2026-11-27 09:00 UTC));
    let store = showroom_odoo::OdooCommerce::connect(&config(&url, "good-key"), clock)
        .await
        .unwrap();
    assert_eq!(store.ready().await, Ok(()));
    *fault.lock().unwrap() = Fault::ServerError;
    assert_eq!(
        store.ready().await,
        Err(showroom_commerce::CommerceError::Unavailable)
    );
}
