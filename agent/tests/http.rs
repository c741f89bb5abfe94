//! The HTTP API without a socket: health, bad input of every kind, unknown paths.

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use http_body_util::BodyExt;
use serde_json::{json, Value};
use showroom_agent::{app, AppState, Config};
use tower::ServiceExt;

fn state() -> AppState {
    let config = Config {
        dist: "/nonexistent-dist".into(),
        clock: showroom_commerce::clock::Clock::fixed(
            time::macros::datetime!(2026-11-27 09:00 UTC),
        ),
        ..Config::default()
    };
    AppState::from_config(&config).unwrap()
}

async fn send(request: Request<Body>) -> (StatusCode, Value) {
    let response = app(state()).oneshot(request).await.unwrap();
    let status = response.status();
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    (
        status,
        serde_json::from_slice(&bytes).unwrap_or(Value::Null),
    )
}

fn post_agent(content_type: &str, body: impl Into<Body>) -> Request<Body> {
    Request::post("/api/agent")
        .header(header::CONTENT_TYPE, content_type)
        .body(body.into())
        .unwrap()
}

#[tokio::test]
async fn health_answers() {
    let (status, body) = send(Request::get("/api/health").body(Body::empty()).unwrap()).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["status"], "ok");
}

#[tokio::test]
async fn invalid_json_is_400_with_a_code() {
    let (status, body) = send(post_agent("application/json", "{not json")).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(body["error"]["code"], "invalid_json");
    assert!(body["error"]["message"].as_str().unwrap().contains("JSON"));
}

#[tokio::test]
async fn wrong_shape_is_400() {
    let (status, body) = send(post_agent("application/json", r#"{"threadId": 5}"#)).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(body["error"]["code"], "invalid_request");
}

#[tokio::test]
async fn wrong_content_type_is_415() {
    let (status, body) = send(post_agent("text/plain", "hello")).await;
    assert_eq!(status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    assert_eq!(body["error"]["code"], "unsupported_media_type");
}

#[tokio::test]
async fn oversized_body_is_413() {
    let big = json!({"threadId": "t", "runId": "r", "state": "x".repeat(400 * 1024)}).to_string();
    let (status, body) = send(post_agent("application/json", big)).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(body["error"]["code"], "payload_too_large");
}

#[tokio::test]
async fn run_without_a_user_message_is_400() {
    let body = json!({"threadId": "t", "runId": "r", "messages": []}).to_string();
    let (status, body) = send(post_agent("application/json", body)).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(body["error"]["message"].as_str().unwrap().contains("user"));
}

#[tokio::test]
async fn unknown_paths_are_404_json() {
    for path in ["/api/nope", "/nope", "/assets/missing.js"] {
        let (status, body) = send(Request::get(path).body(Body::empty()).unwrap()).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
        assert_eq!(body["error"]["code"], "not_found", "{path}");
    }
}

#[tokio::test]
async fn app_route_without_a_build_says_how_to_build() {
    let (status, body) = send(Request::get("/").body(Body::empty()).unwrap()).await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(body["error"]["message"]
        .as_str()
        .unwrap()
        .contains("cargo xtask demo"));
}

#[tokio::test]
async fn product_images_are_served_same_origin_and_inert() {
    let response = app(state())
        .oneshot(
            Request::get("/api/image/product/1")
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let headers = response.headers().clone();
    assert_eq!(headers["content-type"], "image/svg+xml");
    assert!(headers["content-security-policy"]
        .to_str()
        .unwrap()
        .contains("default-src 'none'"));
    assert_eq!(headers["x-content-type-options"], "nosniff");
    let body = response.into_body().collect().await.unwrap().to_bytes();
    let svg = String::from_utf8(body.to_vec()).unwrap();
    assert!(svg.starts_with("<svg") && svg.contains(">OC<"), "{svg}");
    assert!(!svg.contains("<script"));
    for path in [
        "/api/image/product/99999",
        "/api/image/product/abc",
        "/api/image/product/-1",
        "/api/image/other/1",
    ] {
        let response = app(state())
            .oneshot(Request::get(path).body(Body::empty()).unwrap())
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "{path}");
    }
}
