//! Per-session limits: too many runs too fast, or too many at once, answer 429 with
//! Retry-After and a code the chat translates; other sessions are not affected.

mod common;

use std::time::Duration;

use serde_json::{json, Value};
use showroom_agent::limits::RunLimits;
use showroom_agent::Config;

fn run_body(thread: &str) -> String {
    json!({
        "threadId": thread, "runId": format!("{thread}-r"),
        "messages": [{"role": "user", "id": "u1", "content": "hello"}]
    })
    .to_string()
}

async fn post_run(base: &str, thread: &str, cookie: Option<&str>) -> reqwest::Response {
    common::post(base, "/api/agent", run_body(thread), cookie).await
}

async fn error_code(response: reqwest::Response) -> String {
    let body: Value = serde_json::from_slice(&response.bytes().await.unwrap()).unwrap();
    body["error"]["code"].as_str().unwrap().to_owned()
}

#[tokio::test]
async fn a_burst_is_allowed_then_429_with_retry_after() {
    let limits = RunLimits {
        per_minute: 1,
        burst: 2,
        concurrent: 10,
    };
    let base = common::start_with(Config {
        token_delay: Duration::ZERO,
        limits,
        ..common::config()
    })
    .await;
    let first = post_run(&base, "a1", None).await;
    let cookie = common::session_cookie(&first);
    let _ = first.bytes().await;
    let second = post_run(&base, "a2", Some(&cookie)).await;
    assert_eq!(second.status(), 200);
    let _ = second.bytes().await;
    let third = post_run(&base, "a3", Some(&cookie)).await;
    assert_eq!(third.status(), 429);
    let retry_after: u64 = third.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=60).contains(&retry_after), "{retry_after}");
    assert_eq!(error_code(third).await, "rate_limited");
    assert_eq!(
        post_run(&base, "b1", None).await.status(),
        200,
        "another session is not limited"
    );
}

#[tokio::test]
async fn one_session_streams_a_capped_number_of_runs_at_once() {
    let limits = RunLimits {
        per_minute: 600,
        burst: 10,
        concurrent: 1,
    };
    let config = Config {
        token_delay: Duration::from_millis(25),
        limits,
        ..common::config()
    };
    let base = common::start_with(config).await;
    let first = post_run(&base, "c1", None).await;
    let cookie = common::session_cookie(&first);
    let busy = post_run(&base, "c2", Some(&cookie)).await;
    assert_eq!(busy.status(), 429);
    assert_eq!(busy.headers()["retry-after"], "1");
    assert_eq!(error_code(busy).await, "too_many_runs");
    let _ = first.bytes().await; // the first run ends...
    tokio::time::sleep(Duration::from_millis(50)).await;
    assert_eq!(
        post_run(&base, "c3", Some(&cookie)).await.status(),
        200,
        "...and frees its place"
    );
}
